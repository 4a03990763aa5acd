// extrusion with a vector scale
// expect: volume 147.755 ±0.1%
// expect: bbox 12 6 5
// expect: closed
linear_extrude(height=5, scale=[2,0.5]) circle(r=3, $fn=16);
