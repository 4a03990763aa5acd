a = [0, 1, 2, 3, 4]
a[1:3] = ['x', 'y', 'z']
print(a)
a[::2] = [7, 7, 7]
print(a)
del a[0]
del a[1:3]
print(a)
