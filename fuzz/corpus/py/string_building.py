rows = []
for i in range(3):
    rows.append(','.join(str(i * j) for j in range(3)))
print('\n'.join(rows))
