// mixing 2D and 3D warns and keeps the first child's dimension
// expect: volume 8 ±0.1%
// expect: closed
// expect: warning geom.mixed_dimensions
union() { cube(2); square(5); }
