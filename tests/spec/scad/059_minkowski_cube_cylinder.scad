// minkowski of a cube and a cylinder
// expect: volume 284.485 ±0.1%
// expect: bbox 12 8 3
// expect: closed
minkowski() { cube([10,6,2]); cylinder(r=1, h=1, $fn=8); }
