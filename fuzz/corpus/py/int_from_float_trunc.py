print(int(2.9), int(-2.9), int(1e15), round(-0.4), round(1.5), round(2.5000001))
