# 227_zero_division_modulo: integer modulo by zero in a loop
# expect error runtime.zero_division
import cadquery as cq

# Parameters
n = 6
step = 0

# Construction
pts = [(i * 10, 0) for i in range(n) if i % step == 0]
result = cq.Workplane("XY").box(80, 20, 5).pushPoints(pts).hole(3)
