d = {'a': 1}
d['b'] = 2
d.update({'c': 3}, d=4)
print(d, d.get('a'), d.get('z'), d.get('z', 0), len(d), 'a' in d)
print(d.pop('a'), d.pop('zz', None), d.setdefault('e', 5), d.setdefault('b', 9))
print(list(d.keys()), list(d.values()), d)
