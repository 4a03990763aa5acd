# 200_syntax_extra_paren: a stray closing parenthesis
# expect error syntax.unexpected_token
import cadquery as cq

# Parameters
length = 40.0
width = 20.0
height = 10.0

# Construction
result = cq.Workplane("XY").box(length, width, height))
