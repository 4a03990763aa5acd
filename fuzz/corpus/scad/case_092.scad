echo(sin("a"), abs(), floor([1]), pow(2), atan2(1));
