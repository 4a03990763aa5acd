// hull of two spheres
// expect: volume 153.878 ±0.1%
// expect: bbox 13.9232 3.92314 3.92314
// expect: closed
hull() { sphere(r=2, $fn=16); translate([10,0,0]) sphere(r=2, $fn=16); }
