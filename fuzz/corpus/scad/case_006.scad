for (i=[0:2]) { z = i*2; echo(z); }
