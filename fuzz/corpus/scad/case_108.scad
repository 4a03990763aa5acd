function q(x) = echo("in q", x) x * 2; echo(q(4));
