for i, c in enumerate('ab', start=10):
    print(i, c)
