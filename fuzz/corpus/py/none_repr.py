print(None, [None], {'k': None}, str(None), repr(None))
