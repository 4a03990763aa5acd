# 237_limit_steps_counter: a loop whose exit condition never becomes false
# expect error limit.steps
import cadquery as cq

# Parameters
size = 10.0

# Construction
i = 0
while i >= 0:
    i += 1
result = cq.Workplane("XY").box(size, size, size)
