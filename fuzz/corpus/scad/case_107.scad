a = [for (i = [0:3]) i * i]; b = [for (x = a) if (x > 2) x]; echo(a, b);
