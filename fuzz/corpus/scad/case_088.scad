echo(let(a=1) assert(a == 2, str("a is ", a)) a);
