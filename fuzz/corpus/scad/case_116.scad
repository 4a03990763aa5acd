echo([for (i = [0:0]) i], [for (i = [3:3]) i], [for (i = [0:-1]) i]);
