function f(x)=1; f = function(x) 2; echo(f(0));
