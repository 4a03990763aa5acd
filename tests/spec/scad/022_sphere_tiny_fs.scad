// $fs below 0.01 is clamped (with a warning)
// expect: volume 0.000515 ±0.1%
// expect: closed
// expect: warning runtime.bad_argument
sphere(r=0.05, $fs=0.001, $fa=1);
