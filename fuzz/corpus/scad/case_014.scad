echo(let(q=2) q*3, [5:1], len([1:3]));
