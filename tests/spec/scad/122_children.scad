// children() and $children
// expect: volume 9.88588 ±0.1%
// expect: bbox 11 2 2.92388
// expect: closed
// expect: echo ECHO: 3
module row() { echo($children); for (i=[0:$children-1]) translate([i*5,0,0]) children(i); }
row() { cube(1); sphere(1, $fn=8); cylinder(h=2, r=1, $fn=8); }
