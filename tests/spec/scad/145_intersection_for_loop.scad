// a loop that unions, nested in a difference
// expect: volume 1034.27 ±0.1%
// expect: bbox 20 20 4
// expect: closed
difference() { cylinder(h=4, r=10, $fn=36); for (a=[0:45:315]) rotate(a) translate([7,0,-1]) cylinder(h=6, r=1.5, $fn=12); }
