echo(concat("ab", [1]), concat([1], "ab"), concat(), concat(1,2));
