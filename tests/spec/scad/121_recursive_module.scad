// a recursive module (a staircase)
// expect: volume 15 ±0.1%
// expect: bbox 5 5 5
module steps(n) { if (n > 0) { cube([n, 1, 1]); translate([0,1,1]) steps(n-1); } }
steps(5);
