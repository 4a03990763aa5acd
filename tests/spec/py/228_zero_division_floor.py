# 228_zero_division_floor: floor division by zero
# expect error runtime.zero_division
import cadquery as cq

# Parameters
teeth = 12
groups = 0

# Construction
per_group = teeth // groups
result = cq.Workplane("XY").circle(20).extrude(5)
