// cylinder() is h=1, r=1
// expect: volume 2.37764 ±0.1%
// expect: triangles 16
// expect: bbox 1.80902 1.90211 1
// expect: closed
cylinder();
