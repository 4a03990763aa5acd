# 301_negative_index_and_reversed: negative indexing and reversed() order stacked discs
# volume: pi*(15**2 + 10**2 + 5**2)*4 - pi*2.5**2*12
# expect: volume 4162.61
# expect: faces 8
# expect: solids 1
# expect: bbox 30 30 12
# expect: valid
import cadquery as cq

# Parameters
radii = [5.0, 10.0, 15.0]
h = 4.0

# Construction
order = list(reversed(radii))          # 15, 10, 5
body = cq.Workplane("XY").circle(order[0]).extrude(h)
for r in order[1:]:
    body = body.faces(">Z").workplane().circle(r).extrude(h)
top = radii[-3]                        # 5
result = body.faces(">Z").workplane().hole(top)
