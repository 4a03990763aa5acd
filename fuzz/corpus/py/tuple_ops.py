t = (1, 2, 3, 2)
print(t, t[1], t.count(2), t.index(3), len(t), (5,), (), tuple([1, 2]), t[1:])
