echo([for (i = [0:4]) if (i > 1) if (i < 4) i]);
