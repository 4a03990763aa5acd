echo(let(a = 2) let(b = a * 3) [a, b]);
