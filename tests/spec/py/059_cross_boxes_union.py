# 059_cross_boxes_union: plus-shaped block from the union of two boxes
# volume: 2*60*10*10 - 10*10*10
# expect: volume 11000
# expect: faces 14
# expect: solids 1
# expect: bbox 60 60 10
# expect: valid
import cadquery as cq

# Parameters
arm_len = 60.0
arm_w = 10.0
thickness = 10.0

# Construction
a = cq.Workplane("XY").box(arm_len, arm_w, thickness)
b = cq.Workplane("XY").box(arm_w, arm_len, thickness)
result = a.union(b)
