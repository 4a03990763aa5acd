for (i = [1, "a", [2]]) echo(i);
