# 031_cylinder_cup_shell: cup: cylinder shelled from its top face
# volume: pi*R^2*H - pi*(R-t)^2*(H-t) = pi*30**2*50 - pi*28**2*48
# expect: volume 23147.3
# expect: faces 5
# expect: solids 1
# expect: bbox 60 60 50
import cadquery as cq

# Parameters
radius = 30.0
height = 50.0
wall = 2.0

# Construction
result = cq.Workplane("XY").circle(radius).extrude(height).faces(">Z").shell(-wall)
