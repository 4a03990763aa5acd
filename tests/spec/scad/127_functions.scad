// recursive functions
// expect: echo ECHO: 3.6288e+6
// expect: echo ECHO: 10.5
function fact(n) = n <= 1 ? 1 : n * fact(n-1);
function sum(v, i=0) = i >= len(v) ? 0 : v[i] + sum(v, i+1);
echo(fact(10)); echo(sum([1,2,3,4.5]));
