// a difference whose first operand is empty is empty; empty later operands are skipped
// expect: volume 63 ±0.1%
// expect: bbox 4 4 4
// expect: closed
difference() { linear_extrude(); cube(1); }
translate([10,0,0]) difference() { cube(4); cube(0); cube(1); }
