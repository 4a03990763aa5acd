// centred square transformed in 2D
// expect: volume 32.0001 ±0.1%
// expect: bbox 5.65686 5.65686 2
// expect: closed
linear_extrude(2) rotate(45) square(4, center=true);
