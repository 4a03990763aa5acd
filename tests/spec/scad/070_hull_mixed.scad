// hull of a cylinder and a cube
// expect: volume 390.768 ±0.1%
// expect: bbox 10 10 9
// expect: closed
hull() { cylinder(h=2, r=5, $fn=20); translate([0,0,8]) cube(2, center=true); }
