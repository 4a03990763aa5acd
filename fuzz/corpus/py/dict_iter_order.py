d = {}
for k in ['z', 'a', 'm']:
    d[k] = len(d)
print(list(d), [k for k in d], d)
del d['a']
print(d)
