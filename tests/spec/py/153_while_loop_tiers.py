# 153_while_loop_tiers: stepped pyramid built with a while loop
# volume: (50**2 + 40**2 + 30**2 + 20**2)*5
# expect: volume 27000
# expect: faces 21
# expect: solids 1
# expect: bbox 50 50 20
# expect: valid
import cadquery as cq

# Parameters
base = 50.0
shrink = 10.0
tier_h = 5.0
min_size = 20.0

# Construction
size = base
result = cq.Workplane("XY").rect(size, size).extrude(tier_h)
size -= shrink
while size >= min_size:
    result = result.faces(">Z").workplane().rect(size, size).extrude(tier_h)
    size -= shrink
