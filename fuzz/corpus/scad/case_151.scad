echo(is_string("s"), is_string(["s"]), is_list([1]), is_list("ab"), is_list([0:1]), is_function(undef), is_function(function(x) x), is_function(len));
