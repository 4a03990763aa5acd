# 121_sketch_rect_minus_circles: Sketch rect with two circles subtracted (mode='s')
# volume: (80*50 - 2*pi*8**2)*6
# expect: volume 21587.3
# expect: faces 8
# expect: solids 1
# expect: bbox 80 50 6
# expect: valid
import cadquery as cq

# Parameters
w = 80.0
h = 50.0
hole_r = 8.0
thickness = 6.0

# Construction
s = (
    cq.Sketch()
    .rect(w, h)
    .push([(-25, 0), (25, 0)])
    .circle(hole_r, mode="s")
)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
