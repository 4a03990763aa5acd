function f(a) = a; echo(f(q=3));
