// string builtins
// expect: echo ECHO: "a1[2, 3]", 5, "A", 97, [1, 2, 3], [1]
echo(str("a", 1, [2,3]), len("hello"), chr(65), ord("a"), concat([1],[2,3]), search("b", "abc"));
