function comp(n) = [for (i = [1:n]) for (j = [1:i]) if (j == i) j]; echo(comp(4));
