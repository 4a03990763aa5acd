echo(rands(0, 10, 4, 1), rands(-1, 1, 2, 99), rands(1, 1, 3, 5), rands(0, 1, 0, 1));
