print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' and 5, not 0, not [1])
