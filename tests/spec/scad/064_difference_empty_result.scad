// a difference that removes everything is empty
// expect: empty
difference() { cube(5); translate([-1,-1,-1]) cube(10); }
