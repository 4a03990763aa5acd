# 172_toothed_disc: disc with 12 rectangular teeth from polarArray (partially overlapping the rim)
# volume: disc + n*t*(tooth rect - part inside disc: int_{-2}^{2}(sqrt(R^2-y^2) - 28)dy) = pi*30**2*8 + 12*8*(4*8 - (2*sqrt(30**2 - 2**2) + 30**2*asin(2/30) - 4*28))
# expect: volume 24932
# expect: faces 50
# expect: solids 1
# expect: bbox 72 72 8
# expect: valid
import cadquery as cq

# Parameters
disc_r = 30.0
thickness = 8.0
n_teeth = 12
tooth_len = 8.0
tooth_w = 4.0
tooth_center_r = 32.0

# Construction
disc = cq.Workplane("XY").circle(disc_r).extrude(thickness)
teeth = (
    cq.Workplane("XY")
    .polarArray(tooth_center_r, 0, 360, n_teeth)
    .rect(tooth_len, tooth_w)
    .extrude(thickness)
)
result = disc.union(teeth)
