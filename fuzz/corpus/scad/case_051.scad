module lvl() { echo(pm=parent_module(0), pm1=parent_module(1), n=$parent_modules); } module wrap() lvl(); wrap();
