# 101_loft_square_frustum: loft between two concentric squares (pyramid frustum)
# volume: h/3*(A1 + A2 + sqrt(A1*A2)) = 30/3*(40**2 + 20**2 + 40*20)
# expect: volume 28000
# expect: faces 6
# expect: solids 1
# expect: bbox 40 40 30
import cadquery as cq

# Parameters
bottom = 40.0
top = 20.0
height = 30.0

# Construction
result = (
    cq.Workplane("XY")
    .rect(bottom, bottom)
    .workplane(offset=height)
    .rect(top, top)
    .loft(combine=True)
)
