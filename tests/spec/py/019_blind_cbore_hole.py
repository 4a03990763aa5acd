# 019_blind_cbore_hole: block with one counterbored blind hole
# volume: 40*40*20 - pi*3**2*12 - pi*(5**2 - 3**2)*3
# expect: volume 31509.9
# expect: faces 10
# expect: solids 1
# expect: bbox 40 40 20
# expect: valid
import cadquery as cq

# Parameters
size = 40.0
height = 20.0
hole_d = 6.0
cbore_d = 10.0
cbore_depth = 3.0
depth = 12.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, height)
    .faces(">Z")
    .workplane()
    .cboreHole(hole_d, cbore_d, cbore_depth, depth)
)
