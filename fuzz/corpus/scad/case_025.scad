echo(log(100), log(2,8), ln(exp(1)), pow(2,0.5), sqrt(2), exp(0), sqrt(-1));
