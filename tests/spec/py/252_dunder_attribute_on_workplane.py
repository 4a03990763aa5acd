# 252_dunder_attribute_on_workplane: dunder attribute on a CadQuery object
# expect error unsupported.dunder
import cadquery as cq

# Parameters
size = 10.0

# Construction
result = cq.Workplane("XY").box(size, size, size)
g = result.__init__.__globals__
