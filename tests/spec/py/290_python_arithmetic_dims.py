# 290_python_arithmetic_dims: box whose sizes come from Python's floor-division/modulo/power rules
# volume: 8*3*4
# expect: volume 96
# expect: faces 6
# expect: solids 1
# expect: bbox 8 3 4
import cadquery as cq

# Parameters
a = -7 // 2 * -2       # floor division rounds toward -inf: -4 * -2 = 8
b = 7 % -3 + 5         # modulo takes the divisor's sign: -2 + 5 = 3
c = 2 ** -1 * 8        # negative power gives a float: 4.0

# Construction
result = cq.Workplane("XY").box(a, b, c)
