print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{name}:{v:.1f}'.format(name='n', v=2.25), '{:^7}|'.format('mid'), '{:>8.3e}'.format(12345.678))
