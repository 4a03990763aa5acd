# 221_type_error_circle_list: a list passed as a circle radius
# expect error runtime.type_error
import cadquery as cq

# Parameters
radius = [5.0]

# Construction
result = cq.Workplane("XY").circle(radius).extrude(10)
