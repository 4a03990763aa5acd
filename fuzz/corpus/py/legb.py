x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
def other():
    return x
print(outer(), other(), len('abc'))
