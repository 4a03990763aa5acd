# 017_bosses_with_holes: plate with four bosses, each drilled through from the boss tops
# volume: 80*80*6 + 4*pi*8**2*10 - 4*pi*3**2*16
# expect: volume 44632.9
# expect: faces 18
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
hole_d = 6.0

# Construction
body = (
    cq.Workplane("XY")
    .box(size, size, base_t)
    .faces(">Z")
    .workplane()
    .rarray(boss_pitch, boss_pitch, 2, 2)
    .circle(boss_r)
    .extrude(boss_h)
)
result = body.faces(">Z").workplane().rarray(boss_pitch, boss_pitch, 2, 2).hole(hole_d)
