for v in [1, 5, 10]:
    if v < 3:
        print('low')
    elif v < 7:
        print('mid')
    else:
        print('high')
