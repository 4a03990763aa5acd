# 246_import_subprocess: import subprocess
# expect error unsupported.import
import cadquery as cq
import subprocess

# Parameters
size = 10.0

# Construction
subprocess.run(["id"])
result = cq.Workplane("XY").box(size, size, size)
