# 204_syntax_keyword_as_name: a keyword used as a variable name
# expect error syntax.unexpected_token
import cadquery as cq

# Parameters
lambda = 5.0

# Construction
result = cq.Workplane("XY").box(lambda, lambda, lambda)
