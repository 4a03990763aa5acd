# 067_hollow_sphere: hollow sphere: sphere minus a smaller concentric sphere
# volume: 4/3*pi*(20**3 - 15**3)
# expect: volume 19373.2
# expect: faces 2
# expect: solids 1
# expect: bbox 40 40 40
import cadquery as cq

# Parameters
r_out = 20.0
r_in = 15.0

# Construction
result = cq.Workplane("XY").sphere(r_out).cut(cq.Workplane("XY").sphere(r_in))
