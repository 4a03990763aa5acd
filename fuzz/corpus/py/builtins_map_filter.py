print(list(map(lambda x: x + 1, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(None, [0, 1, '', 'a'])), list(filter(lambda v: v > 1, [1, 2, 3])))
