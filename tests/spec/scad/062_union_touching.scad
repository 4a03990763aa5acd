// union of two cubes sharing a face (openscad's Nef merges the seam: 12 triangles)
// expect: volume 250 ±0.1%
// expect: bbox 10 5 5
// expect: closed
cube(5); translate([5,0,0]) cube(5);
