// a % (background) child is not part of the result
// expect: volume 1000 ±0.1%
// expect: bbox 10 10 10
// expect: closed
difference() { cube(10); %translate([5,5,5]) sphere(r=8); }
