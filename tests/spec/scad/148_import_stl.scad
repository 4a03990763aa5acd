// import an STL from the program's folder
// expect: volume 1000 ±0.1%
// expect: bbox 10 10 10
// expect: closed
import("data/cube10.stl");
