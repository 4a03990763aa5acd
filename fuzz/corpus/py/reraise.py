try:
    try:
        int('x')
    except ValueError:
        print('inner')
        raise
except Exception as e:
    print('outer', e)
