// ! makes one subtree the whole result
// expect: volume 8 ±0.1%
// expect: triangles 12
// expect: bbox 2 2 2
// expect: closed
cube(30); !translate([1,1,1]) cube(2);
