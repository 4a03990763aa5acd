// %children([0]) is a group that keeps the modifier: nothing is cut
// expect: volume 1000 ±0.1%
// expect: bbox 10 10 10
// expect: closed
module t() { %children([0]); }
difference() { cube(10); t() translate([5,5,5]) cube(10); }
