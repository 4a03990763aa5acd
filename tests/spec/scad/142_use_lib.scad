// use<> brings modules and functions but not variables
// expect: volume 8 ±0.1%
// expect: bbox 2 2 2
// expect: closed
// expect: echo ECHO: 10
use <data/lib.scad>
echo(lib_double(5));
lib_block(2);
