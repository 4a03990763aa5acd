for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
