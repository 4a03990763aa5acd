# 255_key_error_dict: missing key in a parameter dict
# expect error runtime.key_error
import cadquery as cq

# Parameters
p = {"length": 40.0, "width": 20.0}

# Construction
result = cq.Workplane("XY").box(p["length"], p["width"], p["height"])
