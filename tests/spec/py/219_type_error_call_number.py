# 219_type_error_call_number: calling a float
# expect error runtime.type_error
import cadquery as cq

# Parameters
height = 10.0

# Construction
result = cq.Workplane("XY").box(10, 10, height(2))
