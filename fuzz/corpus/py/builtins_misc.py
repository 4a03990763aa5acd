print(len([1, 2]), len({'a': 1}), len(()), len(range(5)), list('ab'), tuple('ab'), str(None), str(True), chr(65), ord('a'), callable(len), callable(3))
