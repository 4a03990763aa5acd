// color() and render() change no geometry
// expect: volume 24 ±0.1%
// expect: triangles 12
// expect: bbox 2 3 4
// expect: closed
color("red") render(convexity=2) cube([2,3,4]);
