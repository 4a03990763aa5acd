// cylinder with d1/d2
// expect: volume 173.05 ±0.1%
// expect: triangles 76
// expect: bbox 8 8 6
// expect: closed
cylinder(h=6, d1=8, d2=4, $fn=20);
