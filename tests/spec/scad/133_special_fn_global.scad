// a global $fn applies to every primitive
// expect: volume 5.87785 ±0.1%
// expect: triangles 36
// expect: closed
$fn = 10;
cylinder(h=2, r=1);
