# 315_sphere_on_face_center: sphere placed at the top-face centre and fused (a hemisphere sticks out)
# volume: 20**3 + 2/3*pi*5**3
# expect: volume 8261.8
# expect: faces 7
# expect: solids 1
# expect: bbox 20 20 25
# expect: valid
import cadquery as cq

# Parameters
side = 20.0
r = 5.0

# Construction
result = cq.Workplane("XY").box(side, side, side).faces(">Z").workplane().sphere(r)
