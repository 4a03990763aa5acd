# 196_side_boss: cylindrical boss extruded from the -X face
# volume: 30**3 + pi*5**2*10
# expect: volume 27785.4
# expect: faces 8
# expect: solids 1
# expect: bbox 40 30 30
# expect: valid
import cadquery as cq

# Parameters
side = 30.0
boss_r = 5.0
boss_len = 10.0

# Construction
result = cq.Workplane("XY").box(side, side, side).faces("<X").workplane().circle(boss_r).extrude(boss_len)
