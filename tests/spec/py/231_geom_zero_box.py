# 231_geom_zero_box: a box with a zero dimension
# expect error geom.invalid_input
import cadquery as cq

# Parameters
length = 0.0
width = 10.0
height = 10.0

# Construction
result = cq.Workplane("XY").box(length, width, height)
