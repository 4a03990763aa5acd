print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), all(x > 0 for x in [1, 2]))
