# 289_area_nth_face_workplane: AreaNthSelector picks the largest face; a boss is added there
# AreaNthSelector(-1) returns both 50x30 faces (equal area); '>Z' keeps the top one
# volume: 50*30*10 + pi*5**2*8
# expect: volume 15628.3
# expect: faces 8
# expect: solids 1
# expect: bbox 50 30 18
# expect: valid
import cadquery as cq

# Parameters
length = 50.0
width = 30.0
height = 10.0
boss_r = 5.0
boss_h = 8.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, height)
    .faces(cq.selectors.AreaNthSelector(-1))
    .faces(">Z")
    .workplane()
    .circle(boss_r)
    .extrude(boss_h)
)
