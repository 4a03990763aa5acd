# 257_value_error_int_parse: int() of a non-numeric string
# expect error runtime.value_error
import cadquery as cq

# Parameters
count = int("four")

# Construction
result = cq.Workplane("XY").box(10 * count, 10, 5)
