print(list(zip('ab', [1, 2, 3])), list(enumerate(['x', 'y'], 1)), list(zip()), list(reversed([1, 2, 3])), list(reversed('ab')))
