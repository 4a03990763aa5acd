module m(a) echo(a); m(a=1, q=2);
