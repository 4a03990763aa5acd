// linear_extrude without height is 100 high
// expect: volume 100 ±0.1%
// expect: bbox 1 1 100
// expect: closed
linear_extrude() square(1);
