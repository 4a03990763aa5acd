// type test builtins
// expect: echo ECHO: true, true, true, true, true, true
echo(is_num(1), is_string("a"), is_list([]), is_bool(true), is_undef(undef), is_function(function(x) x));
