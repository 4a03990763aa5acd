// sphere() is r=1 with the default $fa/$fs (5 fragments, 3 rings)
// expect: volume 2.40228 ±0.1%
// expect: triangles 26
// expect: bbox 1.80902 1.90211 1.73205
// expect: closed
sphere();
