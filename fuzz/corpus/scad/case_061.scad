c = 3; echo(c); c = 4; echo(c);
