# 192_sphere_upper_half_angles: upper hemisphere from sphere(angle1=0)
# volume: 2/3*pi*10**3
# expect: volume 2094.4
# expect: faces 2
# expect: solids 1
# expect: bbox 20 20 10
import cadquery as cq

# Parameters
radius = 10.0

# Construction
result = cq.Workplane("XY").sphere(radius, angle1=0)
