v = [for (i = [0:0.1:0.3]) i]; echo(v);
