# 291_python_round_int_bool: sizes from banker's rounding, int() truncation and bool arithmetic
# volume: 6*10*3
# expect: volume 180
# expect: faces 6
# expect: solids 1
# expect: bbox 6 10 3
import cadquery as cq

# Parameters
a = round(2.5) + round(3.5)   # 2 + 4 = 6 (round half to even)
b = int(-2.7) + 12            # -2 + 12 = 10
c = (True + True) * 1.5       # 3.0

# Construction
result = cq.Workplane("XY").box(a, b, c)
