echo(a = 1, 2, "three", b = [4]);
