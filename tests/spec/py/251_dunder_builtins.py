# 251_dunder_builtins: reaching for __builtins__
# expect error unsupported.dunder
import cadquery as cq

# Parameters
size = 10.0

# Construction
b = __builtins__
result = cq.Workplane("XY").box(size, size, size)
