// an empty operand of minkowski is skipped (openscad's nullspace-minkowski)
// expect: volume 1 ±0.1%
// expect: bbox 1 1 1
// expect: closed
minkowski() { intersection() { translate([-2,0,0]) cube(1); translate([2,0,0]) cube(1); } cube(); }
