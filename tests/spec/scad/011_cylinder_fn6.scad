// a $fn=6 cylinder is a hexagonal prism: 6*2 + 2*4 = 20 triangles
// expect: volume 649.519 ±0.1%
// expect: triangles 20
// expect: bbox 10 8.66026 10
// expect: closed
cylinder(h=10, r=5, $fn=6);
