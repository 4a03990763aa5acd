echo(pow(2, 10), pow(9, 0.5), pow(2, -2), pow(-8, 1/3), pow(0, 0), sqrt(16), sqrt(0.25), exp(1), exp(-1));
