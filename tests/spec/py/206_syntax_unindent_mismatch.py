# 206_syntax_unindent_mismatch: dedent to a column that matches no outer block
# expect error syntax.bad_indent
import cadquery as cq

# Parameters
size = 20.0

# Construction
def make_block(s):
        body = cq.Workplane("XY").box(s, s, s)
    return body

result = make_block(size)
