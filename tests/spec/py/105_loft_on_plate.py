# 105_loft_on_plate: plate with a lofted square-to-square boss combined on top
# volume: 60*60*8 + 20/3*(30**2 + 16**2 + 30*16)
# expect: volume 39706.7
# expect: faces 11
# expect: solids 1
# expect: bbox 60 60 28
# expect: valid
import cadquery as cq

# Parameters
plate = 60.0
plate_t = 8.0
b1 = 30.0
b2 = 16.0
boss_h = 20.0

# Construction
result = (
    cq.Workplane("XY")
    .box(plate, plate, plate_t)
    .faces(">Z")
    .workplane()
    .rect(b1, b1)
    .workplane(offset=boss_h)
    .rect(b2, b2)
    .loft(combine=True)
)
