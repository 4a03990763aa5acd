a = 1; echo(a); a = 2;
