# 162_star_polyline_loop: five-pointed star: alternating radii computed in a loop
# volume: n*R*r*sin(pi/n)*t = 5*20*8*sin(pi/5)*4
# expect: volume 1880.91
# expect: faces 12
# expect: solids 1
# expect: valid
import cadquery as cq
import math

# Parameters
n = 5
r_out = 20.0
r_in = 8.0
thickness = 4.0

# Construction
pts = []
for i in range(2 * n):
    r = r_out if i % 2 == 0 else r_in
    a = math.pi / 2 + i * math.pi / n
    pts.append((r * math.cos(a), r * math.sin(a)))
result = cq.Workplane("XY").polyline(pts).close().extrude(thickness)
