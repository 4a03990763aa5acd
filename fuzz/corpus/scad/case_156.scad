echo(asin(0.5), asin(-1), asin(2), acos(1), acos(-0.5), acos(0.5), atan(-1), atan(1/0));
