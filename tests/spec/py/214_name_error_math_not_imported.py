# 214_name_error_math_not_imported: uses math without importing it
# expect error runtime.name_error
import cadquery as cq

# Parameters
radius = 10.0

# Construction
area = math.pi * radius ** 2
result = cq.Workplane("XY").circle(radius).extrude(5)
