// an unknown named parameter warns
// expect: volume 8 ±0.1%
// expect: closed
// expect: warning runtime.unknown_parameter
cube(size=2, colour="red");
