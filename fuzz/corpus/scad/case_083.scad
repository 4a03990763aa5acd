echo(chr(0), chr(-1), chr(1114112), ord(""), ord("ab"), ord(5));
