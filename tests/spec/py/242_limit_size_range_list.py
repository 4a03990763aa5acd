# 242_limit_size_range_list: materialising range(10**9)
# expect error limit.size
import cadquery as cq

# Parameters
n = 10 ** 9

# Construction
xs = list(range(n))
result = cq.Workplane("XY").box(10, 10, 10)
