print(float('1.5'), float(' -2 '), float('1e3'), float(3), float('inf'), float('-infinity'))
