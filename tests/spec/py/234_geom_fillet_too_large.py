# 234_geom_fillet_too_large: fillet radius larger than the block
# expect error geom.fillet_failed
import cadquery as cq

# Parameters
size = 10.0
radius = 20.0

# Construction
result = cq.Workplane("XY").box(size, size, size).edges("|Z").fillet(radius)
