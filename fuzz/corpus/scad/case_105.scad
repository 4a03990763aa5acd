echo("abc" == "abc", "abc" != "abd", "b" > "a", "B" < "a", "" < "a");
