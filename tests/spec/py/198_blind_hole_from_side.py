# 198_blind_hole_from_side: blind hole drilled 30 mm into the +X end
# volume: 60*20*20 - pi*4**2*30
# expect: volume 22492
# expect: faces 8
# expect: solids 1
# expect: bbox 60 20 20
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
width = 20.0
height = 20.0
hole_d = 8.0
depth = 30.0

# Construction
result = cq.Workplane("XY").box(length, width, height).faces(">X").workplane().hole(hole_d, depth)
