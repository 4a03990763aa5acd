module n() { echo(children=$children); } n() { if (true) cube(); for (i=[0:2]) cube(); x = 2; }
