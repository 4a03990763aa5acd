# 016_plate_boss_array: base plate with four cylindrical bosses
# volume: 80*80*6 + 4*pi*8**2*10
# expect: volume 46442.5
# expect: faces 14
# expect: solids 1
# expect: bbox 80 80 16
# expect: valid
import cadquery as cq

# Parameters
size = 80.0
base_t = 6.0
boss_pitch = 40.0
boss_r = 8.0
boss_h = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, base_t)
    .faces(">Z")
    .workplane()
    .rarray(boss_pitch, boss_pitch, 2, 2)
    .circle(boss_r)
    .extrude(boss_h)
)
