echo(function() assert(true) echo("a") 1, function(x) function(y) x+y);
