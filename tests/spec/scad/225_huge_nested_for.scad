// 1e8 iterations of nested loops hit the instance budget
// expect error limit.geometry
for (i=[0:9998], j=[0:9998]) translate([i,j,0]) cube(1);
