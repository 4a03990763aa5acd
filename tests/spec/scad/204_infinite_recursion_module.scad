// infinite module recursion hits the recursion limit
// expect error limit.recursion
module r() r();
r();
