// a * (disable) subtree is dropped
// expect: volume 27 ±0.1%
// expect: triangles 12
// expect: bbox 3 3 3
// expect: closed
cube(3); *sphere(r=10);
