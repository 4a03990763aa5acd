# 152_filtered_grid_comprehension: grid of holes skipping the centre, with a conditional comprehension
# volume: 90*60*4 - 14*pi*2.5**2*4
# expect: volume 20500.4
# expect: faces 20
# expect: solids 1
# expect: bbox 90 60 4
# expect: valid
import cadquery as cq

# Parameters
length = 90.0
width = 60.0
thickness = 4.0
hole_d = 5.0

# Construction
pts = [
    (x, y)
    for x in range(-30, 31, 15)
    for y in range(-15, 16, 15)
    if not (x == 0 and y == 0)
]
result = (
    cq.Workplane("XY")
    .box(length, width, thickness)
    .faces(">Z")
    .workplane()
    .pushPoints(pts)
    .hole(hole_d)
)
