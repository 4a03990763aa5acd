echo(str(), str(""), str(1, 2.5, -3), str([1, [2]], "x"), str("a", "b", "c"), str(1/3), str(1e-9));
