// 2D union then extrusion
// expect: volume 28 ±0.1%
// expect: bbox 6 6 1
// expect: closed
linear_extrude(1) union() { square(4); translate([2,2]) square(4); }
