# 288_glue_union: two touching blocks fused with union(glue=True)
# volume: 20**3 + 10*20*20
# expect: volume 12000
# expect: faces 6
# expect: solids 1
# expect: bbox 30 20 20
import cadquery as cq

# Parameters
a = 20.0
b = 10.0

# Construction
left = cq.Workplane("XY").box(a, a, a, centered=False)
right = cq.Workplane("XY").box(b, a, a, centered=False).translate((a, 0, 0))
result = left.union(right, glue=True)
