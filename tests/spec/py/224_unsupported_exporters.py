# 224_unsupported_exporters: programs get no exporters (no file access): DESIGN.md 4, unsupported constructs fail with unsupported.*
# expect error unsupported.feature
import cadquery as cq

# Parameters
size = 10.0

# Construction
result = cq.Workplane("XY").box(size, size, size)
cq.exporters.export(result, "/tmp/out.step")
