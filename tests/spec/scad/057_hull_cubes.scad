// hull of cubes at the corners
// expect: volume 242 ±0.1%
// expect: bbox 11 11 2
// expect: closed
hull() { for (x=[0,10], y=[0,10]) translate([x,y,0]) cube([1,1,2]); }
