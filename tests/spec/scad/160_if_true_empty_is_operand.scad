// if (true) {} is an (empty) operand, so the intersection is empty
// expect: empty
intersection() { cube(4); if (true) { } }
