# 229_index_error_list: indexing past the end of a point list
# expect error runtime.index_error
import cadquery as cq

# Parameters
pts = [(0, 0), (10, 0), (20, 0)]

# Construction
last = pts[3]
result = cq.Workplane("XY").box(40, 10, 5).pushPoints([last]).hole(3)
