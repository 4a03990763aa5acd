let (a = 3, b = a * 2) echo(a, b);
