# 241_limit_size_list_repeat: a list of a billion zeros
# expect error limit.size
import cadquery as cq

# Parameters
n = 10 ** 9

# Construction
heights = [0] * n
result = cq.Workplane("XY").box(10, 10, 10)
