# 212_name_error_typo: misspelled variable name
# expect error runtime.name_error
import cadquery as cq

# Parameters
length = 40.0
width = 20.0
thickness = 5.0

# Construction
result = cq.Workplane("XY").box(lenght, width, thickness)
