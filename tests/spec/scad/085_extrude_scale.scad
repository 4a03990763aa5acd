// extrusion with a scale (a frustum)
// expect: volume 583.333 ±0.1%
// expect: bbox 10 10 10
// expect: closed
linear_extrude(height=10, scale=0.5) square(10, center=true);
