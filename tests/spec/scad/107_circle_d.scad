// circle by diameter
// expect: volume 47.0229 ±0.1%
// expect: triangles 36
// expect: bbox 8 7.60846 1
// expect: closed
linear_extrude(1) circle(d=8, $fn=10);
