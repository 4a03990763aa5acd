// echo inside modules sees its arguments
// expect: echo ECHO: a = 1, b = 2
// expect: echo ECHO: a = [1], b = 3
module m(a, b=2) echo(a=a, b=b);
m(1); m(b=3, a=[1]);
