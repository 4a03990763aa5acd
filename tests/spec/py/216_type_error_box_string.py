# 216_type_error_box_string: a string passed as a box dimension
# expect error runtime.type_error
import cadquery as cq

# Parameters
length = "a"

# Construction
result = cq.Workplane("XY").box(length, 2, 3)
