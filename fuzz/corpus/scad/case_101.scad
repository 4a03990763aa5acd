echo(concat([[1]], [[2]]), concat([1], [[2]]), concat("a", "b"));
