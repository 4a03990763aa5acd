// mirror a 2D shape
// expect: volume 7.5 ±0.1%
// expect: bbox 5 3 1
// expect: closed
linear_extrude(1) mirror([1,0]) polygon([[0,0],[5,0],[0,3]]);
