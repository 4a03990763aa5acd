module frame(n) { echo($children, n); for (i = [0:$children-1]) translate([i*5,0,0]) children(i); }
frame(3) { cube(1); sphere(1); cylinder(r=1, h=2); }
module wrap() { $depth = 1; frame(1) children(); }
wrap() { echo($depth); cube(); }
intersection_for (a = [0, 45]) rotate(a) cube(5, center = true);
*cube(100);
