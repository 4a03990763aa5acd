module rep(n) { for (i=[0:n-1]) children(0); } rep(3) echo("x");
