// ranges enumerate as openscad does
// expect: echo ECHO: [0, 1, 2, 3], [5, 4, 3, 2], [0, 0.5, 1, 1.5, 2]
echo([for (i=[0:3]) i], [for (i=[5:-1:2]) i], [for (i=[0:0.5:2]) i]);
