# 018_blind_holes: block with two blind holes of given depth
# volume: block - 2*pi*r^2*depth = 60*30*20 - 2*pi*5**2*8
# expect: volume 34743.4
# expect: faces 10
# expect: solids 1
# expect: bbox 60 30 20
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
width = 30.0
height = 20.0
hole_d = 10.0
hole_depth = 8.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, height)
    .faces(">Z")
    .workplane()
    .pushPoints([(-15, 0), (15, 0)])
    .hole(hole_d, hole_depth)
)
