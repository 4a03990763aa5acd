echo([for (i = [0:2]) for (j = [0:i]) [i, j]]);
