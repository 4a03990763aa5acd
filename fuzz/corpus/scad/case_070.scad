echo(rands(0,1,2,42), rands(5,5,2,1), rands(0,10,3,7));
