// cube with a size vector
// expect: volume 6000 ±0.1%
// expect: triangles 12
// expect: bbox 10 20 30
// expect: closed
cube([10, 20, 30]);
