d = {'pts': [(0, 0), (1.5, 2)], 'meta': {'n': 2, 'ok': True}}
print(d, d['pts'][1][0], d['meta']['ok'])
