// an inverted cone: r1=0
// expect: volume 163.278 ±0.1%
// expect: triangles 30
// expect: bbox 8 8 10
// expect: closed
cylinder(h=10, r1=0, r2=4, $fn=16);
