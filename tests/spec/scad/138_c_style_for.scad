// C-style for in a list comprehension
// expect: echo ECHO: [0, 1, 4, 9, 16]
echo([for (i=0; i<5; i=i+1) i*i]);
