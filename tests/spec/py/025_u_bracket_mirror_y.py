# 025_u_bracket_mirror_y: U bracket from a half profile closed by mirrorY
# volume: (2*half_w*h - (2*half_w-2*wall)*(h-wall))*depth = (50*30 - 38*24)*40
# expect: volume 23520
# expect: faces 10
# expect: solids 1
# expect: bbox 50 30 40
# expect: valid
import cadquery as cq

# Parameters
half_w = 25.0
height = 30.0
wall = 6.0
depth = 40.0

# Construction
result = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(half_w, 0)
    .lineTo(half_w, height)
    .lineTo(half_w - wall, height)
    .lineTo(half_w - wall, wall)
    .lineTo(0, wall)
    .mirrorY()
    .extrude(depth)
)
