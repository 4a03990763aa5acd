// for over a range with a step
// expect: volume 5 ±0.1%
// expect: bbox 9 1 1
// expect: closed
for (x=[0:2:8]) translate([x,0,0]) cube(1);
