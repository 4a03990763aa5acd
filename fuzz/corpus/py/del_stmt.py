x = 1
y = [1, 2, 3]
d = {'a': 1, 'b': 2}
del y[0], d['a']
print(y, d)
del x
try:
    print(x)
except NameError:
    print('gone')
