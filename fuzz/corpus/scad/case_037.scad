echo(is_undef(undef), is_num(1), is_num(0/0), is_list([]), is_string(""), is_bool(1), is_function(function() 1));
