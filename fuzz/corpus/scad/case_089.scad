echo([for (i = [0:1e7]) i]);
