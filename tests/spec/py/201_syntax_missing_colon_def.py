# 201_syntax_missing_colon_def: def header without its colon
# expect error syntax.unexpected_token
import cadquery as cq

# Parameters
size = 20.0

# Construction
def make_block(s)
    return cq.Workplane("XY").box(s, s, s)

result = make_block(size)
