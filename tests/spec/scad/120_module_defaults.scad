// a module with default and named arguments
// expect: volume 28 ±0.1%
// expect: bbox 9 4 3
// expect: closed
module block(w=2, h=3) { cube([w, w, h]); }
block(); translate([5,0,0]) block(h=1, w=4);
