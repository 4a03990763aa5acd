e = ValueError('bad', 2)
print(str(e), repr(e), e.args, repr(KeyError('k')), str(KeyError('k')))
