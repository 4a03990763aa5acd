echo(tan(0), tan(60), tan(-30), tan(225), tan(89.9));
