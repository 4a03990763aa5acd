echo([for (i=[0:3]) if (i%2==0) i], [for (i=[0:1]) each [i, i]], [for (i=0; i<3; i=i+1) i*i]);
