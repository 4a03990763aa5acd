# 297_first_last_item: first()/last()/item() pick single vertices for bosses
# volume: 40*40*4 + pi*3**2*6
# expect: volume 6569.65
# expect: faces 8
# expect: solids 1
# expect: bbox 40 40 10
# expect: valid
import cadquery as cq

# Parameters
plate = (40.0, 40.0, 4.0)
boss_r = 3.0
boss_h = 6.0

# Construction
base = cq.Workplane("XY").box(*plate)
corners = base.faces(">Z").workplane().rect(30, 30, forConstruction=True).vertices()
n = corners.size()
one = corners.first().circle(boss_r).extrude(boss_h)
result = one
