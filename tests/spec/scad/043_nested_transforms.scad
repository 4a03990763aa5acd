// transforms compose from the inside out
// expect: volume 12 ±0.1%
// expect: bbox 2 2 3
// expect: closed
translate([5,0,0]) rotate([0,0,90]) scale([2,1,1]) cube([1,2,3]);
