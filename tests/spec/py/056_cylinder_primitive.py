# 056_cylinder_primitive: Workplane.cylinder(height, radius), centred
# volume: pi*15**2*40
# expect: volume 28274.3
# expect: faces 3
# expect: solids 1
# expect: bbox 30 30 40
import cadquery as cq

# Parameters
height = 40.0
radius = 15.0

# Construction
result = cq.Workplane("XY").cylinder(height, radius)
