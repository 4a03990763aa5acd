function add(a) = function(b) a + b; echo(add(2)(3), add(1)(add(2)(3)));
