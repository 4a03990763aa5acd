# 308_workplane_sketch_finalize: rounded boss drawn with Workplane.sketch() ... finalize()
# volume: 40*40*10 + (20*10 - (4 - pi)*2**2)*5
# expect: volume 16982.8
# expect: faces 15
# expect: solids 1
# expect: bbox 40 40 15
# expect: valid
import cadquery as cq

# Parameters
base = (40.0, 40.0, 10.0)
w, h, r = 20.0, 10.0, 2.0
boss_h = 5.0

# Construction
result = (
    cq.Workplane("XY")
    .box(*base)
    .faces(">Z")
    .workplane()
    .sketch()
    .rect(w, h)
    .vertices()
    .fillet(r)
    .finalize()
    .extrude(boss_h)
)
