# 083_transformed_offset_boss: square boss placed off-centre with transformed(offset=...)
# volume: 40*40*10 + 8*8*12
# expect: volume 16768
# expect: faces 11
# expect: solids 1
# expect: bbox 40 40 22
# expect: valid
import cadquery as cq

# Parameters
base = 40.0
base_t = 10.0
boss = 8.0
boss_h = 12.0

# Construction
result = (
    cq.Workplane("XY")
    .box(base, base, base_t)
    .faces(">Z")
    .workplane()
    .transformed(offset=(10, 10, 0))
    .rect(boss, boss)
    .extrude(boss_h)
)
