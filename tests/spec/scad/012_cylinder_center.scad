// centred cylinder by diameter
// expect: volume 105.801 ±0.1%
// expect: triangles 36
// expect: bbox 6 5.70634 4
// expect: closed
cylinder(h=4, d=6, center=true);
