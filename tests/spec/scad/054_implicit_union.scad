// top-level objects are unioned
// expect: volume 200 ±0.1%
// expect: bbox 8 5 5
// expect: closed
cube(5); translate([3,0,0]) cube(5);
