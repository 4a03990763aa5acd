# 102_loft_circle_frustum: loft between two circles (cone frustum)
# volume: pi*40/3*(20**2 + 20*10 + 10**2)
# expect: volume 29321.5
# expect: faces 3
# expect: solids 1
# expect: bbox 40 40 40
import cadquery as cq

# Parameters
r_bottom = 20.0
r_top = 10.0
height = 40.0

# Construction
result = cq.Workplane("XY").circle(r_bottom).workplane(offset=height).circle(r_top).loft()
