// mirror in the plane x=0 keeps the volume
// expect: volume 20.2478 ±0.1%
// expect: bbox 3.87939 3.93924 3
// expect: closed
mirror([1,0,0]) cylinder(h=3, r1=2, r2=1, $fn=9);
