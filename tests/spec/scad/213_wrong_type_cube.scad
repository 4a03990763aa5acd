// a string size warns and uses the default
// expect: volume 1 ±0.1%
// expect: closed
// expect: warning runtime.bad_argument
cube("big");
