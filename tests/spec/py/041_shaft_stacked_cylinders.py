# 041_shaft_stacked_cylinders: stepped shaft by stacking circles on faces('>Z').workplane()
# volume: pi*(12**2*20 + 9**2*25 + 6**2*15)
# expect: volume 17106
# expect: faces 7
# expect: solids 1
# expect: bbox 24 24 60
# expect: valid
import cadquery as cq

# Parameters
steps = [(12.0, 20.0), (9.0, 25.0), (6.0, 15.0)]  # (radius, length)

# Construction
r0, l0 = steps[0]
shaft = cq.Workplane("XY").circle(r0).extrude(l0)
for r, l in steps[1:]:
    shaft = shaft.faces(">Z").workplane().circle(r).extrude(l)
result = shaft
