// rotate(45) about z
// expect: volume 200 ±0.1%
// expect: bbox 14.1421 14.1421 2
// expect: closed
rotate(45) cube([10,10,2]);
