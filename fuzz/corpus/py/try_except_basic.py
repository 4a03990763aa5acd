try:
    x = 1 / 0
except ZeroDivisionError:
    print('zero')
try:
    [][1]
except (KeyError, IndexError) as e:
    print('lookup', type(e) == IndexError)
try:
    {}['k']
except LookupError as e:
    print('key', e)
