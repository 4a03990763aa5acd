# 024_u_channel: U channel: polyline profile extruded along Z
# volume: (50*30 - (50 - 2*6)*(30 - 6))*100
# expect: volume 58800
# expect: faces 10
# expect: solids 1
# expect: bbox 50 30 100
# expect: valid
import cadquery as cq

# Parameters
outer_w = 50.0
outer_h = 30.0
wall = 6.0
length = 100.0

# Construction
pts = [
    (0, 0), (outer_w, 0), (outer_w, outer_h), (outer_w - wall, outer_h),
    (outer_w - wall, wall), (wall, wall), (wall, outer_h), (0, outer_h),
]
result = cq.Workplane("XY").polyline(pts).close().extrude(length)
