// an empty operand (module without geometry, for over nothing, cube(0)) empties an intersection; echo and a false if without else are not operands
// expect: empty
module none() { }
intersection() { cube(4); none(); }
intersection() { cube(4); for (i = []) cube(1); }
intersection() { cube(4); cube(0); }
