// a mirrored copy unioned with the original
// expect: volume 16 ±0.1%
// expect: bbox 6 2 2
// expect: closed
union() { translate([1,0,0]) cube(2); mirror([1,0,0]) translate([1,0,0]) cube(2); }
