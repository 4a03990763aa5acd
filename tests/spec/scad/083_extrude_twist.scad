// twisted extrusion; default slices from the twist rule
// expect: volume 135.892 ±0.1%
// expect: triangles 52
// expect: bbox 6.3132 6.3132 10
// expect: closed
linear_extrude(height=10, twist=90) square([6,2], center=true);
