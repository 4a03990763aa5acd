# 264_name_error_exec: exec does not exist in the dialect
# expect error runtime.name_error
import cadquery as cq

# Parameters
code = "size = 10"

# Construction
exec(code)
result = cq.Workplane("XY").box(10, 10, 10)
