# 233_geom_negative_cylinder_radius: a cylinder with a negative radius
# expect error geom.invalid_input
import cadquery as cq

# Parameters
height = 20.0
radius = -3.0

# Construction
result = cq.Workplane("XY").cylinder(height, radius)
