def f():
    len = 5
    return len
print(f(), len([1]))
