// intersection of a cube and a sphere
// expect: volume 890.077 ±0.1%
// expect: bbox 10 10 10
// expect: closed
intersection() { cube(10, center=true); sphere(r=6.5, $fn=32); }
