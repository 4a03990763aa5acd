# 236_limit_steps_while_true: an infinite loop
# expect error limit.steps
import cadquery as cq

# Parameters
size = 10.0

# Construction
while True:
    pass
result = cq.Workplane("XY").box(size, size, size)
