# 244_import_os: import os
# expect error unsupported.import
import cadquery as cq
import os

# Parameters
size = 10.0

# Construction
os.system("ls")
result = cq.Workplane("XY").box(size, size, size)
