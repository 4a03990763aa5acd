// multmatrix 4x4 with translation
// expect: volume 250 ±0.1%
// expect: bbox 10 5 5
// expect: closed
multmatrix([[2,0,0,1],[0,1,0,2],[0,0,1,3],[0,0,0,1]]) cube(5);
