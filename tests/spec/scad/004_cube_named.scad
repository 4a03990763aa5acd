// cube with named size and center=false
// expect: volume 60 ±0.1%
// expect: triangles 12
// expect: bbox 3 4 5
// expect: closed
cube(size=[3,4,5], center=false);
