def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
    return -1
print(find([5, 6, 7], 7), find([], 1))
