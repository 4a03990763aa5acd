# 127_sketch_trapezoid: Sketch trapezoid extruded
# volume: (w + (w - 2h/tan(a)))/2*h*t = (40 + (40 - 2*20/tan(radians(60))))/2*20*10
# expect: volume 5690.6
# expect: faces 6
# expect: solids 1
# expect: bbox 40 20 10
import cadquery as cq

# Parameters
w = 40.0
h = 20.0
angle = 60.0
thickness = 10.0

# Construction
s = cq.Sketch().trapezoid(w, h, angle)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
