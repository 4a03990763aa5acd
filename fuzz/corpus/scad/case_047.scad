fact = function(n) n <= 1 ? 1 : n * fact(n-1); echo(fact(6));
