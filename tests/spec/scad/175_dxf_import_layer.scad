// import() of one DXF layer (LINEs, a CIRCLE hole, an ARC slot), extruded; dxf_dim and dxf_cross
// expect: volume 2074.04 ±0.1%
// expect: triangles 132
// expect: bbox 40 30 2
// expect: closed
// expect: echo ECHO: 40, 50, [5, 10]
// expect: warning unsupported.feature
linear_extrude(height=2) import("data/plate.dxf", layer="plate");
echo(dxf_dim(file="data/plate.dxf", name="width"), dxf_dim(file="data/plate.dxf", name="diag"),
     dxf_cross(file="data/plate.dxf", layer="center"));
