module p(x) { echo(x); } p(); p(undef); p(x = [1, 2]);
