i = 0
while i < 3:
    i += 1
else:
    print('done', i)
while True:
    i += 1
    if i > 5:
        break
else:
    print('never')
print(i)
