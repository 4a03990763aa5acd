echo(concat([1, 2], [3]), concat([[1]], 2), concat([], []), concat("a"), concat([1], undef));
