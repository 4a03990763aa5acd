if (true) { y = 3; echo(y=y); } echo(y2=y);
