# 261_user_raise: a user raise of Exception
# expect error runtime.exception
import cadquery as cq

# Parameters
n_holes = -1

# Construction
if n_holes < 0:
    raise Exception("n_holes must be >= 0")
result = cq.Workplane("XY").box(10, 10, 10)
