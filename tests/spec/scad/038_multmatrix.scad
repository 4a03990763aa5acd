// multmatrix with a shear
// expect: volume 1000 ±0.1%
// expect: bbox 15 10 10
// expect: closed
multmatrix([[1,0.5,0,0],[0,1,0,0],[0,0,1,0]]) cube([10,10,10]);
