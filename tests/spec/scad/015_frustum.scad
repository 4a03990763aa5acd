// a frustum with fragments from $fa/$fs of the larger radius
// expect: volume 146.237 ±0.1%
// expect: triangles 200
// expect: bbox 7.99241 7.9962 5
// expect: closed
cylinder(h=5, r1=2, r2=4, $fa=5, $fs=0.5);
