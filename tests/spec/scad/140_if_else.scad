// if/else choose geometry
// expect: volume 125 ±0.1%
// expect: bbox 5 5 5
// expect: closed
big = true;
if (big) cube(5); else cube(1);
if (!big) sphere(10);
