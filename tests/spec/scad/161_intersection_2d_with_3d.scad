// a 2D child of a 3D intersection warns and counts as empty
// expect: empty
// expect: warning geom.mixed_dimensions
intersection() { cube(5, center=true); circle(r=2); }
