echo(chr(97, 98), chr([99, 100]), chr(8364), chr(128512), chr([]), chr("a"), chr(65.7));
