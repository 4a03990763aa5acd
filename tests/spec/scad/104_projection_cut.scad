// projection(cut=true) is the section at z=0
// expect: volume 24 ±0.1%
// expect: bbox 4 6 1
// expect: closed
linear_extrude(1) projection(cut=true) translate([0,0,-2]) cube([4,6,5]);
