a = b = c = 5
b += 1
x, y = z = (1, 2)
print(a, b, c, x, y, z)
