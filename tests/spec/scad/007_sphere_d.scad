// sphere by diameter with $fn
// expect: volume 508.838 ±0.1%
// expect: triangles 572
// expect: bbox 9.91444 9.91444 9.91444
// expect: closed
sphere(d=10, $fn=24);
