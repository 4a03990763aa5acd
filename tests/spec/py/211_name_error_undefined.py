# 211_name_error_undefined: uses a parameter that was never defined
# expect error runtime.name_error
import cadquery as cq

# Parameters
length = 40.0
width = 20.0

# Construction
result = cq.Workplane("XY").box(length, width, height)
