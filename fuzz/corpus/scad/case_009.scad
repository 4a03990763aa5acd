function f(x, y=2) = x + y; echo(f(1), f(1, 3), f(y=5, x=1), f());
