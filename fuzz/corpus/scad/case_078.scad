echo(function(x) x+1, function(a, b=2) a*b);
