// $fn=1e9 on a cylinder
// expect error limit.geometry
cylinder(h=1, r=1, $fn=1e9);
