# 295_custom_plane_workplane: workplane on a custom cq.Plane (origin, xDir, normal)
# local x = +Y (20), local y = normal x xDir = +Z (10), extrusion along +X (5)
# volume: 20*10*5
# expect: volume 1000
# expect: faces 6
# expect: solids 1
# expect: bbox 5 20 10
import cadquery as cq

# Parameters
origin = (0, 0, 50)
w, h, depth = 20.0, 10.0, 5.0

# Construction
plane = cq.Plane(origin=origin, xDir=(0, 1, 0), normal=(1, 0, 0))
result = cq.Workplane(plane).rect(w, h).extrude(depth)
