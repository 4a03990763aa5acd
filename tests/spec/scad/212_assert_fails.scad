// a failing assert is an error
// expect error runtime.assert
assert(1 == 2, "no");
cube(1);
