def f(a, b, c):
    return a + b + c
args = [1, 2, 3]
kw = {'c': 30}
print(f(*args), f(1, *[2, 3]), f(1, 2, **kw))
