// scaling by zero removes the object with a warning
// expect: empty
// expect: warning geom.degenerate_transform
scale([1,0,1]) cube(3);
