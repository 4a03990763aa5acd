r = range(0, 20, 5)
print(r[1], r[-1], 15 in r, 16 in r, list(r[1:3]))
