// $fn=1e9 must hit the geometry budget, not hang
// expect error limit.geometry
sphere(r=1, $fn=1e9);
