# 042_v_groove_pulley: V-groove pulley revolved from a polyline (Pappus volume)
# volume: 2*pi*(A_rect*xc_rect - A_groove*xc_groove); groove triangle centroid x=(30+24+30)/3=28 = 2*pi*(25*20*17.5 - 0.5*12*6*28)
# expect: volume 48644.4
# expect: faces 7
# expect: solids 1
# expect: bbox 60 60 20
# expect: valid
import cadquery as cq

# Parameters
bore_r = 5.0
outer_r = 30.0
width = 20.0
groove_depth = 6.0
groove_half_w = 6.0

# Construction
zc = width / 2
pts = [
    (bore_r, 0),
    (outer_r, 0),
    (outer_r, zc - groove_half_w),
    (outer_r - groove_depth, zc),
    (outer_r, zc + groove_half_w),
    (outer_r, width),
    (bore_r, width),
]
result = cq.Workplane("XZ").polyline(pts).close().revolve()
