// infinite or NaN sizes of cube, sphere, cylinder, square and circle give nothing; $fn=inf gives 3 fragments
// expect: volume 1.29904 ±0.1%
// expect: bbox 1.5 1.73205 1
// expect: closed
cube(1/0);
cube([1,1,0/0]);
sphere(1/0);
cylinder(h=10, r1=1, r2=1/0);
cylinder(h=1/0);
linear_extrude(1) { square([1,1/0]); circle(0/0); }
cylinder($fn=1/0);
