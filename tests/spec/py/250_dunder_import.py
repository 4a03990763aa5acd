# 250_dunder_import: __import__('os')
# expect error unsupported.dunder
import cadquery as cq

# Parameters
size = 10.0

# Construction
os = __import__("os")
result = cq.Workplane("XY").box(size, size, size)
