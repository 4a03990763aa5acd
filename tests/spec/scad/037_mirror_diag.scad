// mirror in a diagonal plane
// expect: volume 24 ±0.1%
// expect: bbox 3 2 4
// expect: closed
mirror([1,1,0]) translate([5,0,0]) cube([2,3,4]);
