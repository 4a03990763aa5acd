// infinite function recursion hits the recursion limit
// expect error limit.recursion
function f(x) = f(x + 1);
echo(f(0));
