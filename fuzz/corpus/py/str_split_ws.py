print('  a  b\tc\n'.split(), 'a b c'.split(None, 1), 'a,b,c'.rsplit(',', 1), ''.split(), 'x'.split(','), 'line1\nline2'.splitlines())
