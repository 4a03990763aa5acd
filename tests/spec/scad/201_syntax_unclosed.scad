// an unclosed block
// expect error syntax.unexpected_eof
union() {
  cube(1);
