// twisted extrusion with explicit slices
// expect: volume 2050.25 ±0.1%
// expect: triangles 84
// expect: bbox 14.1421 17.0711 20
// expect: closed
linear_extrude(height=20, twist=45, slices=10) square([10,10]);
