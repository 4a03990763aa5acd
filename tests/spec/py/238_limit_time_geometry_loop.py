# 238_limit_time_geometry_loop: an endless loop of geometry calls (few steps, much time)
# expect error limit.time
import cadquery as cq

# Parameters
size = 1.0

# Construction
while True:
    block = cq.Workplane("XY").box(size, size, size).edges("|Z").fillet(0.2)
result = block
