# 209_syntax_unterminated_single: a selector string missing its closing single quote
# expect error syntax.unterminated_string
import cadquery as cq

# Parameters
size = 20.0

# Construction
result = cq.Workplane('XY').box(size, size, size).faces('>Z).workplane().hole(5)
