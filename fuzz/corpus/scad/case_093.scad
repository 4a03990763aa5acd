echo(cos(-90), sin(270), sin(360), cos(180), tan(90), sin(1e20), cos(1/0));
