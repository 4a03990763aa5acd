function fact(n) = n <= 1 ? 1 : n * fact(n - 1); echo(fact(5), fact(10), fact(20));
