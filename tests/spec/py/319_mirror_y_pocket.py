# 319_mirror_y_pocket: pentagonal pocket from a half outline closed by mirrorY on a face workplane
# volume: 30*30*10 - (20*5 + 20*5/2)*4
# expect: volume 8400
# expect: faces 12
# expect: solids 1
# expect: bbox 30 30 10
# expect: valid
import cadquery as cq

# Parameters
block = (30.0, 30.0, 10.0)
depth = 4.0

# Construction
result = (
    cq.Workplane("XY")
    .box(*block)
    .faces(">Z")
    .workplane()
    .moveTo(0, 0)
    .lineTo(10, 0)
    .lineTo(10, 5)
    .lineTo(0, 10)
    .mirrorY()
    .cutBlind(-depth)
)
