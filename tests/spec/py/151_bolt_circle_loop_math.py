# 151_bolt_circle_loop_math: flange holes placed with a for loop using math.cos/sin
# volume: (pi*40**2 - 5*pi*3**2)*8
# expect: volume 39081.4
# expect: faces 8
# expect: solids 1
# expect: bbox 80 80 8
# expect: valid
import cadquery as cq
import math

# Parameters
disc_r = 40.0
thickness = 8.0
n_holes = 5
pcd_r = 28.0
hole_d = 6.0

# Construction
pts = []
for i in range(n_holes):
    a = 2 * math.pi * i / n_holes
    pts.append((pcd_r * math.cos(a), pcd_r * math.sin(a)))
disc = cq.Workplane("XY").circle(disc_r).extrude(thickness)
result = disc.faces(">Z").workplane().pushPoints(pts).hole(hole_d)
