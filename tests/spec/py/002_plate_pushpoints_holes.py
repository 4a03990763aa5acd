# 002_plate_pushpoints_holes: plate with three holes placed by pushPoints
# volume: L*W*T - 3*pi*r^2*T = 100*50*8 - 3*pi*5**2*8
# expect: volume 38115
# expect: faces 9
# expect: solids 1
# expect: bbox 100 50 8
# expect: valid
import cadquery as cq

# Parameters
length = 100.0
width = 50.0
thickness = 8.0
hole_d = 10.0
points = [(-35, 0), (0, 0), (35, 0)]

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, thickness)
    .faces(">Z")
    .workplane()
    .pushPoints(points)
    .hole(hole_d)
)
