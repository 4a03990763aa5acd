// scale by a vector
// expect: volume 251.349 ±0.1%
// expect: bbox 15.6926 7.84628 3.92314
// expect: closed
scale([2,1,0.5]) sphere(r=4, $fn=16);
