echo("first"); a = echo("in a") 3; echo(a=a);
