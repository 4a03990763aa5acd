module m() { x = 1; echo($children, x); } m() { cube(); cube(); }
