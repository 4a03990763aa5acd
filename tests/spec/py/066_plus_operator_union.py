# 066_plus_operator_union: two boxes joined with the '+' operator
# volume: 40*20*10 + 20*40*10 - 20*20*10
# expect: volume 12000
# expect: faces 14
# expect: solids 1
# expect: bbox 40 40 10
# expect: valid
import cadquery as cq

# Parameters
a_dims = (40.0, 20.0, 10.0)
b_dims = (20.0, 40.0, 10.0)

# Construction
result = cq.Workplane("XY").box(*a_dims) + cq.Workplane("XY").box(*b_dims)
