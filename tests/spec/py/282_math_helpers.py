# 282_math_helpers: part sized with math.hypot/atan2/degrees/floor/ceil
# volume: hypot=50, floor(50/12)=4, ceil=5, round(53.13)=53 -> 50 x 9 x 2 = 50*9*2
# expect: volume 900
# expect: faces 6
# expect: solids 1
# expect: bbox 50 9 2
import cadquery as cq
import math

# Parameters
dx = 30.0
dy = 40.0

# Construction
diag = math.hypot(dx, dy)
angle = math.degrees(math.atan2(dy, dx))
n = math.floor(diag / 12)
m = math.ceil(diag / 12)
result = cq.Workplane("XY").box(diag, n + m, round(angle) / 53.0 * 2)
