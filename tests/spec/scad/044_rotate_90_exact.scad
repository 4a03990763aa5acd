// rotate(90) is exact: the box stays axis aligned
// expect: volume 6 ±0.1%
// expect: bbox 1 3 2
// expect: closed
rotate([90,0,0]) cube([1,2,3]);
