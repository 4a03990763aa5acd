// rotate(a, v) about an arbitrary axis
// expect: volume 24 ±0.1%
// expect: bbox 7.36237 4.86237 7.2361
// expect: closed
rotate(a=60, v=[1,1,0]) cube([8,3,1]);
