// the last assignment wins, at the place of the first
// expect: echo ECHO: 2
a = 1; echo(a); a = 2;
