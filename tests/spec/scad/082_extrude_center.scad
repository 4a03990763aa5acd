// linear_extrude center=true
// expect: volume 160 ±0.1%
// expect: bbox 4 4 10
// expect: closed
linear_extrude(height=10, center=true) square(4, center=true);
