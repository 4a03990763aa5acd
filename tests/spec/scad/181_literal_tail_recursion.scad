// a fold through a function literal over 100,000 elements: tail calls of literals loop (openscad's function-literal-tests)
// expect: volume 1 ±0.1%
// expect: closed
// expect: echo ECHO: 5.00005e+9
fold = function(i, v, f, off = 0) len(v) > off ? fold(f(i, v[off]), v, f, off + 1) : i;
echo(fold(0, [for (i = [1:100000]) i], function(x, y) x + y));
cube(1);
