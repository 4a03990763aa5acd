a, b = 1, 2
a, b = b, a
(c, d), e = (3, 4), 5
f, *g = [1, 2, 3]
*h, i = 'xyz'
j, *k, l = range(5)
print(a, b, c, d, e, f, g, h, i, j, k, l)
