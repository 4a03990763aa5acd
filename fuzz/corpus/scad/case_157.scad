echo(atan2(0, -1), atan2(-1, 0), atan2(0, 0), atan2(1, 2), atan2(-3, -3));
