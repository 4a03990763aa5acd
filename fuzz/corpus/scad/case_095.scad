echo(undef + 1, "a" * 2, [1] * "a", true == 1, 1 == true, "1" == 1);
