// echo, assert, children() at the top level and a false if without else make no operand
// expect: volume 8 ±0.1%
// expect: bbox 2 2 2
// expect: closed
intersection() { cube(4); echo("x"); assert(true); children(); if (false) cube(1); translate([2,2,2]) cube(4); }
