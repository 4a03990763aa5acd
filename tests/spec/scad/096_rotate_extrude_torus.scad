// rotate_extrude of a circle is a torus
// expect: volume 447.239 ±0.1%
// expect: bbox 16 16 4
// expect: closed
rotate_extrude($fn=24) translate([6,0]) circle(r=2, $fn=12);
