// mirror() without a vector (or with a number) mirrors in x = 0
// expect: volume 7 ±0.1%
// expect: bbox 1 4 3
// expect: closed
mirror() cube([1,2,3]);
mirror(5) translate([0,3,0]) cube(1);
