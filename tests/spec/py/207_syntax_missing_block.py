# 207_syntax_missing_block: for loop whose body is not indented
# expect error syntax.bad_indent
import cadquery as cq

# Parameters
n = 3

# Construction
result = cq.Workplane("XY").box(10, 10, 10)
for i in range(n):
result = result.faces(">Z").workplane().circle(2).extrude(1)
