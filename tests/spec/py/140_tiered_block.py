# 140_tiered_block: three stacked square tiers via faces('>Z').workplane()
# volume: (60**2 + 40**2 + 20**2)*10
# expect: volume 56000
# expect: faces 16
# expect: solids 1
# expect: bbox 60 60 30
# expect: valid
import cadquery as cq

# Parameters
sizes = [60.0, 40.0, 20.0]
tier_h = 10.0

# Construction
result = cq.Workplane("XY").rect(sizes[0], sizes[0]).extrude(tier_h)
for s in sizes[1:]:
    result = result.faces(">Z").workplane().rect(s, s).extrude(tier_h)
