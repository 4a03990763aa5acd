echo([for (a=[1,2], b=[3,4]) [a,b]], [for (i=[0:1], j=[i:2]) [i,j]]);
