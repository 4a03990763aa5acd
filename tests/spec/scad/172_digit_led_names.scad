// names may start with a digit (openscad's longest-match lexer: MCAD's 8bit_polyfont)
// expect: volume 8 ±0.1%
// expect: bbox 2 2 2
// expect: closed
// expect: echo ECHO: 2, 1000, 5, 4
8x = 2; 1e3x = 5;
function 3d(s) = s * 8x;
echo(8x, 1e3, 1e3x, 3d(2));
cube(3d(1));
