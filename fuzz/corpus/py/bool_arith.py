print(True + True, True * 3, False - 1, True / 2, -True, ~5, 5 & 3, 5 | 3, 5 ^ 3)
