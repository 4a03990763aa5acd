# 273_loft_three_sections_ruled: ruled loft through three squares (two stacked frustums)
# volume: 20/3*(40**2 + 20**2 + 40*20) + 10/3*(20**2 + 30**2 + 20*30)
# expect: volume 25000
# expect: faces 10
# expect: solids 1
# expect: bbox 40 40 30
# expect: valid
import cadquery as cq

# Parameters
s0, s1, s2 = 40.0, 20.0, 30.0
h1, h2 = 20.0, 10.0

# Construction
result = (
    cq.Workplane("XY")
    .rect(s0, s0)
    .workplane(offset=h1)
    .rect(s1, s1)
    .workplane(offset=h2)
    .rect(s2, s2)
    .loft(ruled=True)
)
