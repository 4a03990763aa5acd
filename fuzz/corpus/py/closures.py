def make(n):
    def add(x):
        return x + n
    return add
a = make(10)
print(a(1), make(5)(5))
