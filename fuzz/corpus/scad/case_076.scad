module args(a, b=a*2, c) echo(a, b, c); args(1); args(1, c=5); args(b=3);
