// intersection of disjoint objects is empty
// expect: empty
intersection() { cube(5); translate([10,0,0]) cube(5); }
