echo(len("abc"), len([1,2]), len("héllo"), len(1));
