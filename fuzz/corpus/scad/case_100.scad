echo(str(rands(1, 2, 0)), len(rands(0, 1, 5)), is_num(rands(0,1,1)[0]));
