# 205_syntax_unexpected_indent: a parameter line indented for no reason
# expect error syntax.bad_indent
import cadquery as cq

# Parameters
length = 40.0
    width = 20.0
height = 10.0

# Construction
result = cq.Workplane("XY").box(length, width, height)
