# 136_mirror_x_profile: symmetric profile from a half outline closed by mirrorX
# volume: (20*20 + 40*10)*8
# expect: volume 6400
# expect: faces 10
# expect: solids 1
# expect: bbox 60 20 8
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
half_h = 10.0
neck_half_h = 5.0
neck_x = 20.0
thickness = 8.0

# Construction
result = (
    cq.Workplane("XY")
    .moveTo(0, 0)
    .lineTo(0, half_h)
    .lineTo(neck_x, half_h)
    .lineTo(neck_x, neck_half_h)
    .lineTo(length, neck_half_h)
    .lineTo(length, 0)
    .mirrorX()
    .extrude(thickness)
)
