echo(is_undef(undef), is_undef(0), is_undef([]), is_bool(true), is_bool(0), is_num(-1), is_num("1"), is_num(1/0));
