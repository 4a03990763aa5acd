echo(str(chr(9731)), ord("\u2603"), len("\u2603x"), chr(9731, 65));
