# 225_attribute_error_namespace: reading a SimpleNamespace field that was never set
# expect error runtime.attribute_error
import cadquery as cq
import types

# Parameters
p = types.SimpleNamespace(length=10.0, width=5.0)

# Construction
result = cq.Workplane("XY").box(p.length, p.width, p.height)
