print(min(3, 1, 2), max([4, 9, 2]), min('bca'), max([], default=0), min([3, 1], key=lambda v: -v), max(1, 2.5), min([(2, 'b'), (1, 'z')]))
