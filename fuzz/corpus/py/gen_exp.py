print(sum(x * x for x in range(5)), max(len(w) for w in ['a', 'abc']), list(x for x in 'ab'), any(x > 3 for x in [1, 5]))
