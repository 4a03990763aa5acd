def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return 'div0'
    else:
        return r
    finally:
        print('finally', x)
print(f(2))
print(f(0))
