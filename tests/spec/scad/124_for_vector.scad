// for over a vector of vectors
// expect: volume 12 ±0.1%
// expect: bbox 7 4 7
// expect: closed
for (p=[[0,0],[3,1],[6,-2]]) translate([p[0],p[1],0]) cube([1,1,p[0]+1]);
