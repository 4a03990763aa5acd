print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 0}, j=1), {**{'a': 1}, 'b': 2})
