// a concave polygon
// expect: volume 260 ±0.1%
// expect: bbox 10 10 4
// expect: closed
linear_extrude(4) polygon([[0,0],[10,0],[10,10],[5,3],[0,10]]);
