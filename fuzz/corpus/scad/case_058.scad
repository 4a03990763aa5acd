intersection_for (i = [0:1]) echo(i);
