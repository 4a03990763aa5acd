# 055_sphere_simple: sphere primitive
# volume: 4/3*pi*25**3
# expect: volume 65449.8
# expect: faces 1
# expect: solids 1
# expect: bbox 50 50 50
import cadquery as cq

# Parameters
radius = 25.0

# Construction
result = cq.Workplane("XY").sphere(radius)
