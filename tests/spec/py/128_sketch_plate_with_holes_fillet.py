# 128_sketch_plate_with_holes_fillet: Sketch rounded plate with a 2x2 hole pattern
# volume: (70*50 - (4 - pi)*6**2 - 4*pi*3**2)*5
# expect: volume 16780
# expect: faces 14
# expect: solids 1
# expect: bbox 70 50 5
# expect: valid
import cadquery as cq

# Parameters
w = 70.0
h = 50.0
corner_r = 6.0
hole_r = 3.0
thickness = 5.0

# Construction
s = (
    cq.Sketch()
    .rect(w, h)
    .vertices()
    .fillet(corner_r)
    .reset()
    .rarray(50, 30, 2, 2)
    .circle(hole_r, mode="s")
)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
