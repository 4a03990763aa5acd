print(type(1), type(1.5), type('s'), type([]), type(()), type({}), type(None), type(True), type(1) == int, type(1) is int, type(1.0) == int)
