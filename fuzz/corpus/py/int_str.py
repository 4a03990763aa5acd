print(str(42), repr(-7), int('  12 '), int('-0'), int(3.99), int(-3.99), int('ff', 16), int('0x1f', 0))
