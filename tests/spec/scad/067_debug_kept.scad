// a # (debug) child is kept
// expect: volume 880 ±0.1%
// expect: bbox 10 10 10
// expect: closed
difference() { cube(10); #translate([5,5,-1]) cylinder(h=12, r=2, $fn=12); }
