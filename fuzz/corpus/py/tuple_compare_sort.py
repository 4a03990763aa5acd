pts = [(1, 2), (0, 5), (1, 1)]
print(sorted(pts), min(pts), max(pts, key=lambda p: p[1]))
