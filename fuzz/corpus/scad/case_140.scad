echo(ord("a"), ord("€"), ord("😀"), ord(undef), ord([1]));
