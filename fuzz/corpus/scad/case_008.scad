module m(a, b) { echo(a, b); } m(5, 6, 7);
