def g(x):
    return x > 2 and 'big' or 'small'
print(g(3), g(1))
