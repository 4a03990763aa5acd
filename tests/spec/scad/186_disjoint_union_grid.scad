// a union of 2,000 separate cubes is concatenated, never corefined (openscad's issue2342 unites 88,209)
// expect: volume 250 ±0.1%
// expect: triangles 24000
// expect: bbox 19.5 9.5 9.5
// expect: closed
for (x = [0:19], y = [0:9], z = [0:9]) translate([x, y, z]) cube(0.5);
