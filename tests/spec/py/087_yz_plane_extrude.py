# 087_yz_plane_extrude: rectangle on the YZ plane extruded along +X
# volume: 20*30*15
# expect: volume 9000
# expect: faces 6
# expect: solids 1
# expect: bbox 15 20 30
import cadquery as cq

# Parameters
w = 20.0
h = 30.0
depth = 15.0

# Construction
result = cq.Workplane("YZ").rect(w, h).extrude(depth)
