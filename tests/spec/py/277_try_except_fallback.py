# 277_try_except_fallback: try/except around a bad computation, falling back to a default size
# volume: 20*10*5
# expect: volume 1000
# expect: faces 6
# expect: solids 1
# expect: bbox 20 10 5
import cadquery as cq

# Parameters
requested = [20.0, 0.0]
default_ratio = 2.0

# Construction
try:
    ratio = requested[0] / requested[1]
except ZeroDivisionError:
    ratio = default_ratio
result = cq.Workplane("XY").box(10 * ratio, 10, 5)
