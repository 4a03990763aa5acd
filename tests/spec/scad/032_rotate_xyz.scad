// rotate([x,y,z]) rotates about x, then y, then z
// expect: volume 80.0001 ±0.1%
// expect: bbox 7.30682 9.64118 9.71003
// expect: closed
rotate([30, 45, 60]) cube([10,4,2]);
