print(', '.join(map(str, [1, 2.5, True])), '-'.join('abc'))
