a = 1; b = a; a = b + 10; echo(a=a, b=b);
