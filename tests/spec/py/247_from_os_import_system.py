# 247_from_os_import_system: from os import system
# expect error unsupported.import
import cadquery as cq
from os import system

# Parameters
size = 10.0

# Construction
system("id")
result = cq.Workplane("XY").box(size, size, size)
