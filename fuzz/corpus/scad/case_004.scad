x = 5; { x = 7; echo(inner=x); } echo(outer=x);
