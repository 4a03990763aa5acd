# 215_name_error_in_function: undefined name inside a helper function
# expect error runtime.name_error
import cadquery as cq

# Parameters
size = 20.0

# Construction
def make_plate(s):
    return cq.Workplane("XY").box(s, s, plate_thickness)

result = make_plate(size)
