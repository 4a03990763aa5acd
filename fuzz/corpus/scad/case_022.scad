echo(round(2.5), round(-2.5), round(0.49), sign(-3), sign(0), abs(-2), floor(-2.5), ceil(2.1));
