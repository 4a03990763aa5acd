// sphere(r=5): 16 fragments from $fs=2
// expect: volume 490.917 ±0.1%
// expect: triangles 252
// expect: bbox 9.80786 9.80786 9.80786
// expect: closed
sphere(r=5);
