# 249_dunder_class_bases: introspection through ().__class__.__bases__
# expect error unsupported.dunder
import cadquery as cq

# Parameters
size = 10.0

# Construction
base = ().__class__.__bases__
result = cq.Workplane("XY").box(size, size, size)
