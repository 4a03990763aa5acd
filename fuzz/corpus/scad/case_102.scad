echo(floor(1e300), round(1e300), ceil(-0.5), round(-0.4), floor(-0));
