// a polygon from points
// expect: volume 130 ±0.1%
// expect: bbox 10 8 2
// expect: closed
linear_extrude(2) polygon([[0,0],[10,0],[10,5],[5,8],[0,5]]);
