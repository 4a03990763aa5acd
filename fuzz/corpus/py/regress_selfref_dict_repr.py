d = {}
for k in ['z', 'a', 'm']:
    d[k] = (d)
print(list(d), [k for k in d], d)
del l['a']
print(d)
