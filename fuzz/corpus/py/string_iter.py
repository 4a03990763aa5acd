out = []
for ch in 'abc':
    out.append(ch.upper())
print(''.join(out), list('xyz'), [c for c in 'hi'])
