echo(floor(3.7), floor(-3.2), ceil(-3.7), ceil(3.2), round(3.5), round(-3.5), round(3.49999), round(-0.5));
