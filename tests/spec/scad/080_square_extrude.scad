// square extruded by height
// expect: volume 120 ±0.1%
// expect: triangles 12
// expect: bbox 4 6 5
// expect: closed
linear_extrude(height=5) square([4,6]);
