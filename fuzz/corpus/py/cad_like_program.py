import math
length = 80.0
width = 60.0
thickness = 10.0
holes = []
for i in range(4):
    a = math.radians(90 * i + 45)
    holes.append((round(25 * math.cos(a), 3), round(25 * math.sin(a), 3)))
volume = length * width * thickness - len(holes) * math.pi * 2.5 ** 2 * thickness
print(holes)
print(f'volume = {volume:.1f}')
