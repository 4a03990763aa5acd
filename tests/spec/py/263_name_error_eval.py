# 263_name_error_eval: eval does not exist in the dialect
# expect error runtime.name_error
import cadquery as cq

# Parameters
expr = "10 * 2"

# Construction
size = eval(expr)
result = cq.Workplane("XY").box(size, size, size)
