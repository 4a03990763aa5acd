echo(search("a","abcabc"), search("a","abcabc",0), search([1],[1,2,1]), search("ab", "abab", 0));
