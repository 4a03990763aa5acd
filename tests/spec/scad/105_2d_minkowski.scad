// 2D minkowski of a square and a circle
// expect: volume 143.061 ±0.5%
// expect: bbox 12 12 1
// expect: closed
linear_extrude(1) minkowski() { square(10); circle(r=1, $fn=16); }
