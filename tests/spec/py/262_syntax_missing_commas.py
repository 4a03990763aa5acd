# 262_syntax_missing_commas: call arguments without commas
# expect error syntax.unexpected_token
import cadquery as cq

# Parameters
size = 10.0

# Construction
result = cq.Workplane("XY").box(size 20 30)
