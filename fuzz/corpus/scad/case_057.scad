for (i = [0:1], j = [10, 20]) echo(i, j);
