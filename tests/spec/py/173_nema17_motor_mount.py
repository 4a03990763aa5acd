# 173_nema17_motor_mount: motor mount plate: rounded corners, pilot bore, 31 mm square screw pattern
# volume: 60*60*5 - 4*(1 - pi/4)*5**2*5 - pi*11**2*5 - 4*pi*1.7**2*5
# expect: volume 15810.5
# expect: faces 15
# expect: solids 1
# expect: bbox 60 60 5
# expect: valid
import cadquery as cq

# Parameters
size = 60.0
thickness = 5.0
corner_r = 5.0
pilot_d = 22.0
screw_pitch = 31.0
screw_d = 3.4

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, thickness)
    .edges("|Z")
    .fillet(corner_r)
    .faces(">Z")
    .workplane()
    .hole(pilot_d)
    .faces(">Z")
    .workplane()
    .rect(screw_pitch, screw_pitch, forConstruction=True)
    .vertices()
    .hole(screw_d)
)
