// function literals and higher-order use
// expect: echo ECHO: [2, 4, 6]
f = function(x) x * 2;
function apply(g, v) = [for (x = v) g(x)];
echo(apply(f, [1,2,3]));
