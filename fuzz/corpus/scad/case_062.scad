function g(x) = let(y = x * 2, z = y + 1) [x, y, z]; echo(g(3));
