# 046_flanged_bushing_revolve: flanged bushing revolved from its section
# volume: Pappus: 2*pi*(A1*x1 + A2*x2) = 2*pi*(12*4*14 + 4*20*10)
# expect: volume 9248.85
# expect: faces 6
# expect: solids 1
# expect: bbox 40 40 24
import cadquery as cq

# Parameters
bore_r = 8.0
body_r = 12.0
flange_r = 20.0
flange_t = 4.0
length = 24.0

# Construction
pts = [
    (bore_r, 0), (flange_r, 0), (flange_r, flange_t),
    (body_r, flange_t), (body_r, length), (bore_r, length),
]
result = cq.Workplane("XZ").polyline(pts).close().revolve()
