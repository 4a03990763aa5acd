x = []
if not x:
    print('empty')
if range(0):
    print('bad')
else:
    print('empty range')
