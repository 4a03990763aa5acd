// 2D hull of circles
// expect: volume 31.5 ±0.1%
// expect: bbox 11 4 1
// expect: closed
linear_extrude(1) hull() { circle(r=1, $fn=12); translate([8,0]) circle(r=2, $fn=12); }
