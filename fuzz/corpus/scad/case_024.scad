echo(atan2(1,1), sin(30), cos(60), tan(45), asin(1), acos(0), atan(1), sin(180), cos(90), sin(-30), cos(240));
