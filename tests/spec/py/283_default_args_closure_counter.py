# 283_default_args_closure_counter: function defaults and nonlocal-free closures build a comb
# faces: top, bottom, back; the two end faces merge with the outer teeth's sides (2); 5 tooth tips;
# 8 inner tooth sides; 4 spine faces between teeth = 22
# volume: (5*4 + 4*4)*5*3 + 5*4*15*3
# expect: volume 1440
# expect: faces 22
# expect: solids 1
# expect: bbox 36 20 3
# expect: valid
import cadquery as cq

# Parameters
teeth = 5
tooth_w = 4.0
gap = 4.0
spine_h = 5.0
tooth_h = 15.0
thickness = 3.0

# Construction
def comb(n, w=tooth_w, g=gap):
    pitch = w + g
    total = n * w + (n - 1) * g
    spine = cq.Workplane("XY").box(total, spine_h, thickness, centered=(False, False, False))
    for k in range(n):
        tooth = cq.Workplane("XY").box(w, tooth_h, thickness, centered=(False, False, False))
        spine = spine.union(tooth.translate((k * pitch, spine_h, 0)))
    return spine

result = comb(teeth)
