// an enormous slice count hits the geometry budget
// expect error limit.geometry
linear_extrude(height=1, twist=10, slices=1e9) square(1);
