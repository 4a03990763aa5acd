total = 0
def add(x):
    global total
    total += x
add(3)
add(4)
print(total)
