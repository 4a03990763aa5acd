// echo of every value type
// expect: echo ECHO: 1, 2.5, 0, 1e+20, 0.333333, "s", true, undef, [1, [2, "x"]], [0 : 2 : 6]
echo(1, 2.5, -0, 1e20, 1/3, "s", true, undef, [1,[2,"x"]], [0:2:6]);
