// difference with a coplanar top face (exact CSG handles it)
// expect: volume 820 ±0.1%
// expect: bbox 10 10 10
// expect: closed
difference() { cube(10); translate([2,2,5]) cube([6,6,5]); }
