echo([for (x = [1, 2]) each [x, [x]]], [each [[1, 2], [3]]]);
