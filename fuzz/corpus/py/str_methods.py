s = '  Hello World  '
print(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower(), s.strip().split(' '), 'a,b,,c'.split(','), 'x-y-z'.split('-', 1))
print(' '.join(['a', 'b']), 'abc'.replace('b', 'XX'), 'abc'.startswith('ab'), 'abc'.endswith(('x', 'c')), 'hello'.find('l'), 'hello'.rfind('l'), 'hello'.count('l'))
