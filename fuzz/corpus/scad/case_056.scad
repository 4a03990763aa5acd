echo(str(1.5), str(1e-7), str([1, "a"]), str("x", 2, undef));
