echo([for (i=[0:1]) let(k=i*10) k], [if (true) 1 else 2], [each [1:3]], [-1, each "ab"]);
