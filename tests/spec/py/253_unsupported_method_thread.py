# 253_unsupported_method_thread: a Workplane method CadQuery does not have
# expect error unsupported.method
import cadquery as cq

# Parameters
r = 5.0
length = 20.0
pitch = 1.5

# Construction
result = cq.Workplane("XY").circle(r).extrude(length).faces(">Z").thread(pitch)
