module a() b(); module b() c(); module c() echo(parent_module(), parent_module(0), parent_module(1), parent_module(2), $parent_modules); a();
