echo(true ? 1 : 2, false ? 1 : true ? 3 : 4, undef ? 1 : 2, [] ? 1 : 2, "" ? 1 : 2, [0] ? 1 : 2);
