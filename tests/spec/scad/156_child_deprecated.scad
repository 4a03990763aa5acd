// child(i) is children(i), deprecated; no argument is child 0, a negative index nothing
// expect: volume 4.22904 ±0.1%
// expect: bbox 3.92388 1.92388 1.92388
// expect: closed
// expect: warning runtime.deprecated
module p() { child(); translate([3,0,0]) child(1); child(-1); }
p() { cube(1); sphere(1, $fn=8); cube(5); }
