inf = float('inf')
print(inf, -inf, inf > 10 ** 18, float('nan') == float('nan'), 1e308 * 10, 0.1 * 3, 1.1 + 2.2)
