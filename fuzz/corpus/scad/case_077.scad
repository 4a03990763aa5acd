t = [10, 20, 30]; echo(t.x, t.y, t.z, [1].y);
