# 012_plate_center_bore_rounded: rounded square plate with a central bore
# volume: 70*70*10 - 4*(1 - pi/4)*8**2*10 - pi*15**2*10
# expect: volume 41382
# expect: faces 11
# expect: solids 1
# expect: bbox 70 70 10
# expect: valid
import cadquery as cq

# Parameters
size = 70.0
thickness = 10.0
corner_r = 8.0
bore_d = 30.0

# Construction
plate = cq.Workplane("XY").box(size, size, thickness).edges("|Z").fillet(corner_r)
result = plate.faces(">Z").workplane().hole(bore_d)
