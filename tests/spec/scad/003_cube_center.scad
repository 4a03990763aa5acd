// centred cube (size as a number)
// expect: volume 1000 ±0.1%
// expect: triangles 12
// expect: bbox 10 10 10
// expect: closed
translate([5,5,5]) cube(10, center=true);
