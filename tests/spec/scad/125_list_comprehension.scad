// list comprehension feeding polygon()
// expect: volume 259.808 ±0.1%
// expect: bbox 20 17.3205 1
// expect: closed
pts=[for (i=[0:5]) [10*cos(i*60), 10*sin(i*60)]];
linear_extrude(1) polygon(pts);
