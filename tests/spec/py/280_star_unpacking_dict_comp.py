# 280_star_unpacking_dict_comp: starred unpacking and a dict comprehension drive a stepped shaft
# volume: pi*(12**2*10 + 9**2*20 + 6**2*30)
# expect: volume 13006.2
# expect: faces 7
# expect: solids 1
# expect: bbox 24 24 60
# expect: valid
import cadquery as cq

# Parameters
radii = [12.0, 9.0, 6.0]
lengths = [10.0, 20.0, 30.0]

# Construction
first, *rest = list(zip(radii, lengths))
steps = {i: s for i, s in enumerate(rest, start=1)}
shaft = cq.Workplane("XY").circle(first[0]).extrude(first[1])
for i in sorted(steps):
    r, l = steps[i]
    shaft = shaft.faces(">Z").workplane().circle(r).extrude(l)
result = shaft
