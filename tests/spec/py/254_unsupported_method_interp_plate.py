# 254_unsupported_method_interp_plate: interpPlate is not supported
# expect error unsupported.method
import cadquery as cq

# Parameters
edge_pts = [(0, 0, 0), (10, 0, 0), (10, 10, 0), (0, 10, 0)]
thickness = 1.0

# Construction
result = cq.Workplane("XY").interpPlate(edge_pts, [(5, 5, 2)], thickness)
