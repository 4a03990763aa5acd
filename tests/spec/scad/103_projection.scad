// projection of a sphere is a disc
// expect: volume 76.3226 ±0.5%
// expect: bbox 9.91442 9.91442 1
// expect: closed
linear_extrude(1) projection() sphere(r=5, $fn=24);
