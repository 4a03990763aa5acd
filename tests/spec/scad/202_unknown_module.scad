// an unknown module warns and yields nothing
// expect: volume 8 ±0.1%
// expect: closed
// expect: warning runtime.unknown_module
frobnicate(3);
cube(2);
