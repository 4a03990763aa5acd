// a DXF file whose group code is not a number warns with its line and yields nothing
// expect: empty
// expect: warning io.dxf_parse
linear_extrude(height=1) import("data/bad.dxf");
