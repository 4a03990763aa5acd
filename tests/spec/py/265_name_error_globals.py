# 265_name_error_globals: globals() does not exist in the dialect
# expect error runtime.name_error
import cadquery as cq

# Parameters
size = 10.0

# Construction
g = globals()
result = cq.Workplane("XY").box(size, size, size)
