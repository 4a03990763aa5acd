// rotate_extrude with angle
// expect: volume 31.2869 ±0.1%
// expect: bbox 6 6 2
// expect: closed
rotate_extrude(angle=90, $fn=40) translate([4,0]) square([2,2]);
