echo(search("e", "hello"), search("lo", "hello"), search("lo", "hello", 0), search("l", "hello", 2), search("z", "hello", 0));
