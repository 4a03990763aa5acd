# 202_syntax_missing_for_target: for loop without a target name
# expect error syntax.unexpected_token
import cadquery as cq

# Parameters
n = 3

# Construction
result = cq.Workplane("XY").box(10, 10, 10)
for in range(n):
    result = result.faces(">Z").workplane().circle(2).extrude(1)
