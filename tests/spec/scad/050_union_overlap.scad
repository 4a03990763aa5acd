// union of two overlapping cubes
// expect: volume 1875 ±0.1%
// expect: bbox 15 15 15
// expect: closed
union() { cube(10); translate([5,5,5]) cube(10); }
