module two() { children(1); children([0,2]); echo(c=$children); } two() { echo("A"); echo("B"); echo("C"); }
