echo(rands(10, 0, 2, 3), rands(0, 1, 2.7, 4), len(rands(0, 1, 100, 2)));
