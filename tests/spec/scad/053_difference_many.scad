// difference subtracts every later child
// expect: volume 2632.62 ±0.1%
// expect: bbox 30 10 10
// expect: closed
difference() { cube([30,10,10]); for (i=[0:2]) translate([5+i*10,5,-1]) cylinder(h=12, r=2, $fn=16); }
