// sphere with an odd $fn (rings = (fn+1)/2)
// expect: volume 84.3479 ±0.1%
// expect: triangles 52
// expect: bbox 5.2688 5.4043 5.54328
// expect: closed
sphere(r=3, $fn=7);
