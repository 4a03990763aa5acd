// 2D intersection then extrusion
// expect: volume 36 ±0.1%
// expect: bbox 6 6 1
// expect: closed
linear_extrude(1) intersection() { circle(r=5, $fn=30); square(6, center=true); }
