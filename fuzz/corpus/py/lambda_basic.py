sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(7), add(1), add(1, 2), (lambda: 'k')())
