# 292_chained_compare_ternary: chained comparison and conditional expression choose the feature
# volume: 30*30*10 - pi*4**2*10
# expect: volume 8497.35
# expect: faces 7
# expect: solids 1
# expect: bbox 30 30 10
# expect: valid
import cadquery as cq

# Parameters
size = 30.0
hole_d = 8.0

# Construction
fits = 0 < hole_d < size / 2
body = cq.Workplane("XY").box(size, size, 10)
result = body.faces(">Z").workplane().hole(hole_d) if fits else body
