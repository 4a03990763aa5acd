// search() of a string in a table compares first characters; a row without the column ends it with a warning
// expect: volume 1 ±0.1%
// expect: closed
// expect: echo ECHO: [[0, 2], [1]], []
// expect: warning runtime.search_invalid_entry
echo(search("ab", [["apple", 1], ["banana", 2], ["avocado", 3]], 0), search("a", [["a", 1], 123], 0));
cube(1);
