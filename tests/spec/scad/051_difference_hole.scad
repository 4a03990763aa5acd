// a plate with a cylindrical hole
// expect: volume 1750.29 ±0.1%
// expect: bbox 20 20 5
// expect: closed
difference() { cube([20,20,5]); translate([10,10,-1]) cylinder(h=7, r=4, $fn=32); }
