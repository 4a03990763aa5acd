// let and each in comprehensions
// expect: echo ECHO: [1, 4, 9]
// expect: echo ECHO: [1, 2, 3]
// expect: echo ECHO: [0, -1, 2, -3, 4]
v=[for (i=[1:3]) let(s=i*i) s];
echo(v);
echo([each [1,2], each [3]]);
echo([for (i=[0:4]) if (i%2==0) i else -i]);
