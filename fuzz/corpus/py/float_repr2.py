print(repr(3.0), str(100.0), 1e22, 12345678901234567.0, 0.000123, float('inf'), -float('inf'))
