// offset(r) grows with round corners
// expect: volume 191.243 ±0.5%
// expect: bbox 14 14 1
// expect: closed
linear_extrude(1) offset(r=2) square(10);
