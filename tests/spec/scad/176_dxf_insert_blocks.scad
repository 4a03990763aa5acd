// DXF INSERTs of a BLOCK, moved, turned 90 degrees and scaled
// expect: volume 48 ±0.1%
// expect: triangles 24
// expect: bbox 20 8 2
// expect: closed
linear_extrude(height=2) import("data/plate.dxf", layer="tabs");
