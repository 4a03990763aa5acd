# 120_sketch_rounded_rect: Sketch rect with filleted vertices, placed and extruded
# volume: (w*h - (4-pi)*r^2)*t = (60*40 - (4 - pi)*5**2)*10
# expect: volume 23785.4
# expect: faces 10
# expect: solids 1
# expect: bbox 60 40 10
# expect: valid
import cadquery as cq

# Parameters
w = 60.0
h = 40.0
r = 5.0
thickness = 10.0

# Construction
s = cq.Sketch().rect(w, h).vertices().fillet(r)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
