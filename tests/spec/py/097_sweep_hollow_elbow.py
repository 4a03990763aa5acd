# 097_sweep_hollow_elbow: hollow elbow: two concentric circles swept along a quarter arc
# volume: pi*(8**2 - 6**2)*(pi*50/2)
# expect: volume 6908.72
# expect: faces 4
# expect: solids 1
import cadquery as cq
import math

# Parameters
bend_r = 50.0
r_out = 8.0
r_in = 6.0

# Construction
a = math.radians(45)
path = cq.Workplane("XZ").threePointArc((bend_r - bend_r * math.cos(a), bend_r * math.sin(a)), (bend_r, bend_r))
result = cq.Workplane("XY").circle(r_out).circle(r_in).sweep(path)
