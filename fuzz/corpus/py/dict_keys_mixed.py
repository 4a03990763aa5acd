d = {1: 'int', 2.5: 'float', 'a': 'str', (1, 2): 'tuple', True: 'bool'}
print(d[1], d[1.0], d[(1, 2)], len(d), d)
