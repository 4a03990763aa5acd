echo(str(0.1), str(undef), str(true), str([]), str(function(x) x), str("a",undef));
