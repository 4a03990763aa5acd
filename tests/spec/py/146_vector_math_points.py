# 146_vector_math_points: hole positions computed with cq.Vector arithmetic
# volume: 60*60*5 - 3*pi*2.5**2*5
# expect: volume 17705.5
# expect: faces 9
# expect: solids 1
# expect: bbox 60 60 5
# expect: valid
import cadquery as cq

# Parameters
size = 60.0
thickness = 5.0
hole_d = 5.0

# Construction
base = cq.Vector(10, 0, 0)
step = cq.Vector(0, 10, 0)
pts = [(base + step * k).toTuple()[:2] for k in range(-1, 2)]
result = cq.Workplane("XY").box(size, size, thickness).faces(">Z").workplane().pushPoints(pts).hole(hole_d)
