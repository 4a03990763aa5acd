# 232_geom_negative_sphere: a sphere with a negative radius
# expect error geom.invalid_input
import cadquery as cq

# Parameters
radius = -5.0

# Construction
result = cq.Workplane("XY").sphere(radius)
