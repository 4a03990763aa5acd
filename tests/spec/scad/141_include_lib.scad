// include<> brings variables and modules
// expect: volume 64 ±0.1%
// expect: bbox 4 4 4
// expect: closed
// expect: echo ECHO: 4, 6
include <data/lib.scad>
echo(lib_size, lib_double(3));
lib_block();
