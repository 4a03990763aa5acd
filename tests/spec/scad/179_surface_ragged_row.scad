// surface() of a .dat with a short last row: missing entries are 0 but do not lower the floor (openscad's issue1223)
// expect: volume 5.9 ±0.1%
// expect: bbox 2 3 1.8
// expect: closed
scale([1,1,0.2]) surface("data/ragged.dat");
