# 220_type_error_len_of_number: len() of a number
# expect error runtime.type_error
import cadquery as cq

# Parameters
count = 4

# Construction
pts = [(i * 10, 0) for i in range(len(count))]
result = cq.Workplane("XY").box(50, 20, 5).pushPoints(pts).hole(3)
