echo([let(a = 5) a, let(b = 6) b]);
