function ap(f, x) = f(x); echo(ap(function(y) y * y, 7));
