# 210_syntax_unterminated_triple: a docstring that never closes
# expect error syntax.unterminated_string
import cadquery as cq

# Parameters
size = 20.0

# Construction
def make_block(s):
    """Make a cube.
    return cq.Workplane("XY").box(s, s, s)

result = make_block(size)
