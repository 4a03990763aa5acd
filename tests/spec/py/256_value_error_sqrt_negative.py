# 256_value_error_sqrt_negative: math domain error
# expect error runtime.value_error
import cadquery as cq
import math

# Parameters
r = 5.0
d = 8.0

# Construction
half_chord = math.sqrt(r ** 2 - d ** 2)
result = cq.Workplane("XY").box(2 * half_chord, 10, 5)
