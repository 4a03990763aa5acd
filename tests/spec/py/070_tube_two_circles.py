# 070_tube_two_circles: tube from two concentric circles extruded
# volume: pi*(8**2 - 5**2)*40
# expect: volume 4900.88
# expect: faces 4
# expect: solids 1
# expect: bbox 16 16 40
import cadquery as cq

# Parameters
r_out = 8.0
r_in = 5.0
length = 40.0

# Construction
result = cq.Workplane("XY").circle(r_out).circle(r_in).extrude(length)
