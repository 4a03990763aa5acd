echo([1, 2, 3][len([1,2,3]) - 1], "hello"[4], "hello"[5]);
