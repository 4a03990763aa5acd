a = [1, 2]
b = a
print(a is b, a is [1, 2], a == [1, 2], None is None, 2 in a, 3 not in a, 'el' in 'hello', 'k' in {'k': 1})
