// import() of every layer: POLYLINE is skipped as openscad 2021.01 does, lone lines enclose nothing
// expect: volume 2122.04 ±0.1%
// expect: triangles 156
// expect: bbox 40 48 2
// expect: closed
linear_extrude(height=2) import(file="data/plate.dxf");
