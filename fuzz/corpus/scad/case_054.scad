echo(PI, 3 == "3", [] == [], undef < 1);
