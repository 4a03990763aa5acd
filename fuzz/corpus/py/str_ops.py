print('ab' + 'cd', 'ab' * 3, 3 * 'x', len('hello'), 'b' in 'abc', 'abc' < 'abd', str(12) + '!', 'a' 'b' 'c')
