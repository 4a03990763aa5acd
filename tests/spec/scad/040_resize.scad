// resize to an exact size
// expect: volume 521.487 ±0.1%
// expect: bbox 20 10 5
// expect: closed
resize([20,10,5]) sphere(r=3, $fn=20);
