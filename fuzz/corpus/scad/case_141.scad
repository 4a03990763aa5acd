echo(search(1, [1, 2, 1, 3]), search(1, [1, 2, 1, 3], 0), search(1, [1, 2, 1, 3], 2), search(4, [1, 2]));
