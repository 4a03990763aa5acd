// the 50-sphere union of the issue's benchmark
// expect: volume 2920.86 ±0.1%
// expect: bbox 151.958 24.6534 4.95722
// expect: closed
union(){for(i=[0:49]) translate([i*3,sin(i*20)*10,0]) sphere(r=2.5,$fn=24);}
