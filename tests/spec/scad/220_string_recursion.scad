// a string that doubles each call hits a budget
// expect error limit.size
function grow(s, n) = n == 0 ? s : grow(str(s, s), n - 1);
echo(len(grow("ab", 40)));
