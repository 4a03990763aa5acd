// a cone: r2=0 gives one apex vertex
// expect: volume 90.0001 ±0.1%
// expect: triangles 22
// expect: bbox 6 6 10
// expect: closed
cylinder(h=10, r1=3, r2=0, $fn=12);
