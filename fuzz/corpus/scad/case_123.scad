echo([for (i = 0, j = 5; i < 3; i = i + 1, j = j - 1) [i, j]]);
