# 218_type_error_missing_argument: rect called with one argument
# expect error runtime.type_error
import cadquery as cq

# Parameters
size = 20.0

# Construction
result = cq.Workplane("XY").rect(size).extrude(5)
