// circle extruded; positional height
// expect: volume 231.763 ±0.1%
// expect: triangles 76
// expect: bbox 10 10 3
// expect: closed
linear_extrude(3) circle(r=5, $fn=20);
