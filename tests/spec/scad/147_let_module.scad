// let() as a module
// expect: volume 27 ±0.1%
// expect: bbox 3 3 3
// expect: closed
let(s=3) cube(s);
