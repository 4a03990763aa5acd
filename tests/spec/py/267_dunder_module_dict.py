# 267_dunder_module_dict: a module's __dict__
# expect error unsupported.dunder
import cadquery as cq
import math

# Parameters
size = 10.0

# Construction
names = math.__dict__
result = cq.Workplane("XY").box(size, size, size)
