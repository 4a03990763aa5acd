# 226_zero_division_spacing: hole spacing divided by a zero count
# expect error runtime.zero_division
import cadquery as cq

# Parameters
length = 100.0
n_holes = 0

# Construction
spacing = length / n_holes
result = cq.Workplane("XY").box(length, 20, 5)
