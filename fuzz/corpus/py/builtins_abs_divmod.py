print(abs(-3), abs(2.5), abs(-0.0), abs(True), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
