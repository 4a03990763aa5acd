a = 1; b = 2; print(a + b)
if a: print('one-line if')
for i in range(2): print(i)
