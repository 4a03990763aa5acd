// translate moves without changing volume
// expect: volume 6 ±0.1%
// expect: bbox 1 2 3
// expect: closed
translate([10,-5,3]) cube([1,2,3]);
