grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
alias = [[0] * 2] * 2
alias[0][0] = 1
print(grid, alias)
