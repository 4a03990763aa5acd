print(list(range(5)), list(range(2, 8, 2)), list(range(10, 0, -3)), list(range(0)), len(range(1, 100, 7)), range(3))
