sizes = {'S': (10, 5), 'M': (20, 8), 'L': (40, 12)}
for name, (w, h) in sorted(sizes.items(), key=lambda kv: kv[1][0], reverse=True):
    print(f'{name}: {w}x{h} area={w * h}')
