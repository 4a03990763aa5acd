echo(len([]), len([[1, 2], 3]), len(""), len("abc"), len(undef), len(5));
