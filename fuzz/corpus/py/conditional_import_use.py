import math as m
r = 5
area = m.pi * r ** 2
print(f'{area:.4f}', m.floor(area))
