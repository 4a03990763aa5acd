// resize a 2D shape
// expect: volume 30.9016 ±0.1%
// expect: bbox 10 4 1
// expect: closed
linear_extrude(1) resize([10,4]) circle(r=1, $fn=20);
