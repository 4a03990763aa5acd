s = 0
for i in range(4):
    for j in range(i):
        s += i * j
print(s)
