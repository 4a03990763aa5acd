// offset(delta) grows with mitred corners
// expect: volume 144 ±0.1%
// expect: bbox 12 12 1
// expect: closed
linear_extrude(1) offset(delta=1) square(10);
