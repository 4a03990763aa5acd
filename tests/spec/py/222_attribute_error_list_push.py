# 222_attribute_error_list_push: list has no method push
# expect error runtime.attribute_error
import cadquery as cq

# Parameters
pts = [(0, 0)]

# Construction
pts.push((10, 0))
result = cq.Workplane("XY").box(30, 10, 5).pushPoints(pts).hole(3)
