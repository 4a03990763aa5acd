echo(norm([1,2,"a"]), max(), min([]), max("a"), max(1,"a"));
