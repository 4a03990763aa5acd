# 259_unsupported_with: with statements are not part of the dialect
# expect error unsupported.feature
import cadquery as cq

# Parameters
size = 10.0

# Construction
with cq.Workplane("XY") as wp:
    result = wp.box(size, size, size)
