def outer(k=2):
    def inner(x, k=k):
        return x * k
    return inner
print(outer()(3), outer(5)(3))
