// $fn set on a module call applies to its children
// expect: volume 87.1841 ±0.1%
// expect: triangles 60
// expect: closed
module ball() sphere(r=3);
ball($fn=8);
