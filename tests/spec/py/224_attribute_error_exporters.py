# 224_attribute_error_exporters: programs get no exporters (no file access)
# expect error runtime.attribute_error
import cadquery as cq

# Parameters
size = 10.0

# Construction
result = cq.Workplane("XY").box(size, size, size)
cq.exporters.export(result, "/tmp/out.step")
