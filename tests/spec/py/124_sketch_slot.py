# 124_sketch_slot: Sketch slot (w = distance between arc centres, h = width)
# volume: (30*10 + pi*5**2)*4
# expect: volume 1514.16
# expect: faces 6
# expect: solids 1
# expect: bbox 40 10 4
import cadquery as cq

# Parameters
w = 30.0
h = 10.0
thickness = 4.0

# Construction
s = cq.Sketch().slot(w, h)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
