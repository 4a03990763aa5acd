# 104_loft_rect_ruled_prismatoid: ruled loft between two non-similar rectangles (prismatoid)
# volume: h/6*(A1 + A2 + 4*A_mid), A_mid = 30x25 = 30/6*(40*20 + 20*30 + 4*30*25)
# expect: volume 22000
# expect: faces 6
# expect: solids 1
# expect: bbox 40 30 30
import cadquery as cq

# Parameters
w1, d1 = 40.0, 20.0
w2, d2 = 20.0, 30.0
height = 30.0

# Construction
result = (
    cq.Workplane("XY")
    .rect(w1, d1)
    .workplane(offset=height)
    .rect(w2, d2)
    .loft(ruled=True)
)
