# 235_geom_fillet_thin_plate: fillet on the top edges of a plate thinner than the radius
# expect error geom.fillet_failed
import cadquery as cq

# Parameters
size = 50.0
thickness = 2.0
radius = 5.0

# Construction
result = cq.Workplane("XY").box(size, size, thickness).faces(">Z").edges().fillet(radius)
