# 260_assertion_failed: a user assertion on a parameter fails
# expect error runtime.assertion
import cadquery as cq

# Parameters
wall = 6.0
width = 10.0

# Construction
assert 2 * wall < width, "walls too thick"
result = cq.Workplane("XY").box(width, width, 10).faces(">Z").shell(-wall)
