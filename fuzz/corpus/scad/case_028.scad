g = function(x) x * 3; echo(g(2), g);
