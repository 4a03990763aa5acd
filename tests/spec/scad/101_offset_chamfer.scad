// offset(delta, chamfer=true) cuts the corners
// expect: volume 143.314 ±0.1%
// expect: bbox 12 12 1
// expect: closed
linear_extrude(1) offset(delta=1, chamfer=true) square(10);
