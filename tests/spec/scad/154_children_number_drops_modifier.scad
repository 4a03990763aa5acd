// %children(0) is the child's own node: the modifier is lost and the cut happens (openscad 2021.01)
// expect: volume 875 ±0.1%
// expect: bbox 10 10 10
// expect: closed
module t() { %children(0); }
difference() { cube(10); t() translate([5,5,5]) cube(10); }
