// import() of a 3MF package: every mesh object of its model part
// expect: volume 1.5 ±0.1%
// expect: triangles 8
// expect: bbox 7 2 2
// expect: closed
import("data/two_tetras.3mf");
