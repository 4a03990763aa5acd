# 021_l_bracket_polyline: L-shaped bracket: closed polyline profile extruded
# volume: (leg_x*t + t*(leg_y-t))*depth = (60*8 + 8*(40 - 8))*30
# expect: volume 22080
# expect: faces 8
# expect: solids 1
# expect: bbox 60 40 30
# expect: valid
import cadquery as cq

# Parameters
leg_x = 60.0
leg_y = 40.0
thickness = 8.0
depth = 30.0

# Construction
profile = [
    (0, 0),
    (leg_x, 0),
    (leg_x, thickness),
    (thickness, thickness),
    (thickness, leg_y),
    (0, leg_y),
]
result = cq.Workplane("XY").polyline(profile).close().extrude(depth)
