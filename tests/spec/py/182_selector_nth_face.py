# 182_selector_nth_face: hole from the second-highest +Z face ('>Z[-2]') of a three-tier block
# '>Z[N]' keeps faces parallel to XY and orders them upward (z = 0, 10, 20, 30): [-2] is z=20
# (CadQuery's '>Z[0]' is the lowest; '>Z[1]' would be the z=10 ring)
# volume: tiers - hole from z=20 (the middle tier's top ring) down through two tiers = (60**2 + 40**2 + 20**2)*10 - pi*2**2*20
# expect: volume 55748.7 ±0.1%
# expect: faces 17
# expect: solids 1
# expect: bbox 60 60 30
# expect: valid
import cadquery as cq

# Parameters
sizes = [60.0, 40.0, 20.0]
tier_h = 10.0
hole_d = 4.0

# Construction
body = cq.Workplane("XY").rect(sizes[0], sizes[0]).extrude(tier_h)
for s in sizes[1:]:
    body = body.faces(">Z").workplane().rect(s, s).extrude(tier_h)
result = body.faces(">Z[-2]").workplane().pushPoints([(15, 0)]).hole(hole_d)
