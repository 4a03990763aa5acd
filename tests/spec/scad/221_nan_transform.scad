// a NaN in a transform removes the object with a warning
// expect: empty
// expect: warning runtime.bad_argument
scale([0/0, 1, 1]) cube(1);
