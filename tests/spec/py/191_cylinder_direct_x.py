# 191_cylinder_direct_x: cylinder along X via the direct argument
# volume: pi*5**2*30
# expect: volume 2356.19
# expect: faces 3
# expect: solids 1
# expect: bbox 30 10 10
import cadquery as cq

# Parameters
length = 30.0
radius = 5.0

# Construction
result = cq.Workplane("XY").cylinder(length, radius, direct=cq.Vector(1, 0, 0))
