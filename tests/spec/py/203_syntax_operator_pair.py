# 203_syntax_operator_pair: two binary operators in a row
# expect error syntax.unexpected_token
import cadquery as cq

# Parameters
width = 10.0
height = 3 +* 4

# Construction
result = cq.Workplane("XY").box(width, width, height)
