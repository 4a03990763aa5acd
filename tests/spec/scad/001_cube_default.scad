// cube() with no arguments is the unit cube at the origin
// expect: volume 1 ±0.1%
// expect: triangles 12
// expect: bbox 1 1 1
// expect: closed
cube();
