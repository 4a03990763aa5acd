x = 5
print('big' if x > 3 else 'small', 'a' if 0 else 'b' if 1 else 'c')
