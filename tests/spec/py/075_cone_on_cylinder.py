# 075_cone_on_cylinder: cylinder topped by a cone (union of Solid API shapes)
# volume: pi*10**2*20 + pi*10**2*15/3
# expect: volume 7853.98
# expect: faces 3
# expect: solids 1
# expect: bbox 20 20 35
import cadquery as cq

# Parameters
radius = 10.0
cyl_h = 20.0
cone_h = 15.0

# Construction
body = cq.Workplane("XY").circle(radius).extrude(cyl_h)
tip = cq.Solid.makeCone(radius, 0, cone_h, cq.Vector(0, 0, cyl_h))
result = body.union(tip)
