# 223_attribute_error_math_member: math module has no attribute tau2
# expect error runtime.attribute_error
import cadquery as cq
import math

# Parameters
radius = 10.0

# Construction
angle = math.tau2 / 4
result = cq.Workplane("XY").circle(radius).extrude(5)
