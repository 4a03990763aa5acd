echo(max(1/0, 3), min(-1/0, 3), abs(-1/0), floor(1/0), sign(0/0), round(0/0));
