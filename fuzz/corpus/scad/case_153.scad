module d() echo(parent_module(5)); d();
