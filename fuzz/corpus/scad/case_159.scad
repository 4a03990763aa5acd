echo(ln(1), ln(10), log(1000), log(0.01), log(10, 1000), log(2, 1024), ln(0), log(-1));
