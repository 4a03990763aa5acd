print(format(255, 'x') if False else f'{255:#x} {255:#o} {5:#b} {1234567:,} {-42:+} {42: d} {7:03}')
