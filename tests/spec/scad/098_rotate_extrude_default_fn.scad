// rotate_extrude with fragments from the profile's max x
// expect: volume 327.457 ±0.1%
// expect: bbox 22 21.8794 5
// expect: closed
rotate_extrude() translate([10,0]) square([1,5]);
