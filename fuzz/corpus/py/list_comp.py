print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0], [(i, j) for i in range(3) for j in range(i)])
