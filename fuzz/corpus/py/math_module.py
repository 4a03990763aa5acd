import math
print(math.pi, math.e, math.tau, math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.fabs(-3), math.hypot(3, 4))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 6), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
