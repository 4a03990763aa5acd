# 245_import_sys: import sys
# expect error unsupported.import
import cadquery as cq
import sys

# Parameters
size = 10.0

# Construction
result = cq.Workplane("XY").box(size, size, size)
