// a program without geometry is empty
// expect: empty
x = 1;
