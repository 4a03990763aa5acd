# 208_syntax_unterminated_double: a string literal missing its closing double quote
# expect error syntax.unterminated_string
import cadquery as cq

# Parameters
size = 20.0

# Construction
result = cq.Workplane("XY).box(size, size, size)
