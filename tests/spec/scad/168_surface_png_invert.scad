// surface(invert=true) of a PNG: openscad 2021.01's 100/255 x (1 - brightness)
// expect: volume 347.471 ±0.1%
// expect: bbox 3 2 101
// expect: closed
surface("data/heights.png", invert=true);
