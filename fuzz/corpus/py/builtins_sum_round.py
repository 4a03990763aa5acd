print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101)), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7.0), round(0.5))
