// surface() of a PNG: heights 100/255 x brightness, the image's bottom row at y = 0
// expect: volume 264.529 ±0.1%
// expect: bbox 3 2 101
// expect: closed
surface("data/heights.png");
