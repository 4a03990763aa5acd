function sum(v, i = 0, acc = 0) = i >= len(v) ? acc : sum(v, i + 1, acc + v[i]);
function flatten(l) = [for (a = l) each a];
fmap = function(f, v) [for (x = v) f(x)];
compose = function(f, g) function(x) f(g(x));
echo(sum([1, 2, 3]), flatten([[1, 2], [3]]), fmap(function(x) x * x, [1, 2, 3]));
echo(compose(function(x) x + 1, function(x) x * 2)(5));
echo([for (i = 0, j = 10; i < 5; i = i + 1, j = j - 2) [i, j]]);
echo(search("b", "abcb", 0), lookup(1.5, [[1, 1], [2, 4]]), str("a", [1, 2]), chr(65), ord("z"));
assert(sum([1]) == 1, "sum broken");
