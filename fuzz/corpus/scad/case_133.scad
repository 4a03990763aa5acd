echo(abs(-3.5), abs(0), abs(-0), sign(-0.1), sign(7), sign(0));
