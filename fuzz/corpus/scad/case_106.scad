function vsum(v, i = 0) = i >= len(v) ? 0 : v[i] + vsum(v, i + 1); echo(vsum([1, 2, 3, 4]));
