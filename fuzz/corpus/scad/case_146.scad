echo(search([[1, 2]], [[1, 2], [3, 4], [1, 2]], 0), search([], [1, 2]), search(1, []), search("", "abc"));
