# 178_bearing_housing_double_cbore: bearing housing: bore with a counterbore on each side
# volume: pi*30**2*20 - pi*10**2*20 - 2*pi*(15**2 - 10**2)*5
# expect: volume 46338.5
# expect: faces 8
# expect: solids 1
# expect: bbox 60 60 20
# expect: valid
import cadquery as cq

# Parameters
outer_r = 30.0
height = 20.0
bore_d = 20.0
seat_d = 30.0
seat_depth = 5.0

# Construction
result = (
    cq.Workplane("XY")
    .circle(outer_r)
    .extrude(height)
    .faces(">Z")
    .workplane()
    .cboreHole(bore_d, seat_d, seat_depth)
    .faces("<Z")
    .workplane()
    .circle(seat_d / 2)
    .cutBlind(-seat_depth)
)
