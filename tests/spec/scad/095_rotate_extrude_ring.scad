// rotate_extrude of an offset square is a washer
// expect: volume 224.744 ±0.1%
// expect: bbox 14 14 3
// expect: closed
rotate_extrude($fn=32) translate([5,0]) square([2,3]);
