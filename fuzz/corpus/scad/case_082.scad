function h(x) = x > 0 ? h(x - 1) + 1 : 0; echo(h(50));
