def f(*args, **kw):
    return len(args), sorted(kw.items())
print(f(), f(1, 2), f(1, x=2, y=3))
