d = {}
for k in ['z', 'a', 'm']:
    d[k] = d
print(d)
x = []
for i in range(60):
    x = [x, x]
s = str(x)
