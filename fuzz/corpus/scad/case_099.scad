echo(is_list([1:2]), is_num(true), is_bool(false), is_string(undef), is_undef(0));
