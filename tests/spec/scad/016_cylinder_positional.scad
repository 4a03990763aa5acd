// cylinder(h, r1, r2) positional
// expect: volume 148.906 ±0.1%
// expect: triangles 36
// expect: bbox 6 5.70634 8
// expect: closed
cylinder(8, 2, 3, $fn=10);
