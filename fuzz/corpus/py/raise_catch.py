def check(v):
    if v < 0:
        raise ValueError('negative: ' + str(v))
    return v
try:
    check(-1)
except ValueError as e:
    print('caught', e, e.args)
try:
    raise RuntimeError
except Exception as e:
    print('generic', repr(e))
