echo(str("a", 1, [2, "b"], true, undef, 1.5, function(x) x));
