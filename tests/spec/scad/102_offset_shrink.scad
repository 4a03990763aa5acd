// a negative offset shrinks
// expect: volume 64 ±0.1%
// expect: bbox 8 8 1
// expect: closed
linear_extrude(1) offset(delta=-1) square(10);
