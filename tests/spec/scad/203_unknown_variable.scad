// an unknown variable warns and is undef
// expect: volume 8 ±0.1%
// expect: closed
// expect: warning runtime.unknown_variable
cube(size = nothing_here);
cube(2);
