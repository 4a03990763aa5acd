// scale by a number
// expect: volume 216 ±0.1%
// expect: bbox 6 6 6
// expect: closed
scale(3) cube(2);
