# 243_limit_size_string_repeat: a string of a billion characters
# expect error limit.size
import cadquery as cq

# Parameters
label = "x"

# Construction
text = label * 10 ** 9
result = cq.Workplane("XY").box(10, 10, 10)
