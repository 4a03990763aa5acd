function r(n) = r(n+1); echo(r(0));
