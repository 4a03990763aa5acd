echo(len([for (i = [0:9999]) i]), len([for (i=[0:999999]) 1]));
