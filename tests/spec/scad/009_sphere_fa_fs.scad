// sphere whose fragments come from $fa (big radius)
// expect: volume 516991 ±0.1%
// expect: triangles 1292
// expect: bbox 99.6194 99.6194 99.6194
// expect: closed
sphere(r=50, $fa=10, $fs=1);
