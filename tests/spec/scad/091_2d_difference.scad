// 2D difference then extrusion
// expect: volume 144.095 ±0.1%
// expect: bbox 10 10 2
// expect: closed
linear_extrude(2) difference() { square(10); translate([5,5]) circle(r=3, $fn=24); }
