# 217_type_error_str_plus_int: string concatenated with a number
# expect error runtime.type_error
import cadquery as cq

# Parameters
width = "20"
margin = 5

# Construction
total = width + margin
result = cq.Workplane("XY").box(total, 10, 10)
