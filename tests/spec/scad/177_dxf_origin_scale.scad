// import() with origin and scale: arcs get the fragments of their scaled radius
// expect: volume 8465.77 ±0.1%
// expect: triangles 252
// expect: bbox 80 96 2
// expect: closed
linear_extrude(height=2) import("data/plate.dxf", origin=[10,5], scale=2);
