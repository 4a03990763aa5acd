// surface() of a text height field: comments and blank lines skipped, a short row padded with 0, centred
// expect: volume 20 ±0.1%
// expect: bbox 3 2 6
// expect: closed
surface("data/heights.dat", center=true);
