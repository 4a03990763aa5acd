module m(a=1, b) { echo(a=a, b=b, n=$children); children(); } m(b=2) { echo("c1"); echo("c2"); }
