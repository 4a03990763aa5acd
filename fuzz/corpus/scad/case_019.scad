echo(search([1,9], [[0,1],[9,1],[1,2]], 0, 1), search("x", "abc"), search(undef, [1]));
