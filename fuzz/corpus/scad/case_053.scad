module a() { echo("a", $children); children(); } module b() { a() children(); } b() { echo("kid1"); echo("kid2"); }
