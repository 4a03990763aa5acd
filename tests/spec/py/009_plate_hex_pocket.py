# 009_plate_hex_pocket: plate with a blind hexagonal pocket
# volume: plate - depth*(3*sqrt3/2*R^2) = 80*80*12 - 5*(3*sqrt(3)/2*20**2)
# expect: volume 71603.8
# expect: faces 13
# expect: solids 1
# expect: bbox 80 80 12
# expect: valid
import cadquery as cq

# Parameters
size = 80.0
thickness = 12.0
hex_d = 40.0      # circumscribed diameter
pocket_depth = 5.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, thickness)
    .faces(">Z")
    .workplane()
    .polygon(6, hex_d)
    .cutBlind(-pocket_depth)
)
