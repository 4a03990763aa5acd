// assert that holds
// expect: volume 8 ±0.1%
// expect: closed
assert(1 + 1 == 2, "math works");
cube(2);
