# 060_frustum_solid_api: cone frustum from cq.Solid.makeCone added to a workplane
# volume: pi*30/3*(20**2 + 20*5 + 5**2)
# expect: volume 16493.4
# expect: faces 3
# expect: solids 1
# expect: bbox 40 40 30
import cadquery as cq

# Parameters
r_bottom = 20.0
r_top = 5.0
height = 30.0

# Construction
cone = cq.Solid.makeCone(r_bottom, r_top, height)
result = cq.Workplane("XY").add(cone)
