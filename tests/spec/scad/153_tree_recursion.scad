// a recursive fractal-like tree of overlapping cubes
// expect: volume 566.857 ±0.1%
// expect: bbox 11.9375 8 11.9375
// expect: closed
module t(n, s) { cube(s); if (n > 0) translate([s*0.75,0,s*0.75]) t(n-1, s/2); }
t(6, 8);
