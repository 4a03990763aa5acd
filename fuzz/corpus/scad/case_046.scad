function fib(n) = n < 2 ? n : fib(n-1) + fib(n-2); echo([for (i=[0:10]) fib(i)]);
