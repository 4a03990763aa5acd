# 230_index_error_tuple: indexing a 2-tuple with 2
# expect error runtime.index_error
import cadquery as cq

# Parameters
dims = (10.0, 20.0)

# Construction
result = cq.Workplane("XY").box(dims[0], dims[1], dims[2])
