echo([for (i = [0:4]) if (i % 2) i else -i]);
