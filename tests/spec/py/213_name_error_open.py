# 213_name_error_open: tries to read a file: open does not exist
# expect error runtime.name_error
import cadquery as cq

# Parameters
size = 10.0

# Construction
secret = open("/etc/passwd").read()
result = cq.Workplane("XY").box(size, size, size)
