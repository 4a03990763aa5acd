echo(assert(true) 5, let() 6);
