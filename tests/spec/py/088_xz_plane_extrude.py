# 088_xz_plane_extrude: rectangle on the XZ plane extruded (along -Y)
# volume: 20*30*15
# expect: volume 9000
# expect: faces 6
# expect: solids 1
# expect: bbox 20 15 30
import cadquery as cq

# Parameters
w = 20.0
h = 30.0
depth = 15.0

# Construction
result = cq.Workplane("XZ").rect(w, h).extrude(depth)
