// minkowski of a cube and a sphere rounds its edges
// expect: volume 822.666 ±0.5%
// expect: bbox 11.9319 11.9319 5.93186
// expect: closed
minkowski() { cube([10,10,4], center=true); sphere(r=1, $fn=12); }
