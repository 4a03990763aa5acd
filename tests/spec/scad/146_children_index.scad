// children with an index vector
// expect: volume 9 ±0.1%
// expect: bbox 2 7 2
// expect: closed
module pick() children([0,2]);
pick() { cube(1); translate([5,0,0]) cube(1); translate([0,5,0]) cube(2); }
