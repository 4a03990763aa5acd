def f(a, *, scale=2):
    return a * scale
print(f(3), f(3, scale=10))
