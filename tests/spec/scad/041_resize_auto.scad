// resize with auto scales the other axes by the same factor
// expect: volume 2700 ±0.1%
// expect: bbox 30 15 6
// expect: closed
resize([30,0,0], auto=true) cube([10,5,2]);
