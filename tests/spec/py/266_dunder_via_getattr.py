# 266_dunder_via_getattr: getattr with a dunder name
# expect error unsupported.dunder
import cadquery as cq

# Parameters
size = 10.0

# Construction
loader = getattr(cq, "__loader__")
result = cq.Workplane("XY").box(size, size, size)
