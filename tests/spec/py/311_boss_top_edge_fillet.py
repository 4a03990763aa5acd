# 311_boss_top_edge_fillet: cylindrical boss on a block with its top circular edge filleted
# volume: block + boss - Pappus(spandrel (1-pi/4)r^2 at radius R - r(10-3pi)/(12-3pi)) = 20**3 + pi*5**2*10 - 2*pi*(5 - 1*(10 - 3*pi)/(12 - 3*pi))*(1 - pi/4)*1**2
# expect: volume 8778.96
# expect: faces 9
# expect: solids 1
# expect: bbox 20 20 30
# expect: valid
import cadquery as cq

# Parameters
side = 20.0
boss_r = 5.0
boss_h = 10.0
r = 1.0

# Construction
body = cq.Workplane("XY").box(side, side, side)
result = body.faces(">Z").workplane().circle(boss_r).extrude(boss_h).edges(">Z").fillet(r)
