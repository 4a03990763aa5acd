# 015_disc_radial_slots: disc with four radial slots on a polarArray
# volume: pi*50**2*8 - 4*8*((16 - 6)*6 + pi*3**2)
# expect: volume 60007.1
# expect: faces 19
# expect: solids 1
# expect: bbox 100 100 8
# expect: valid
import cadquery as cq

# Parameters
disc_r = 50.0
thickness = 8.0
slot_r = 30.0
slot_len = 16.0
slot_w = 6.0

# Construction
result = (
    cq.Workplane("XY")
    .circle(disc_r)
    .extrude(thickness)
    .faces(">Z")
    .workplane()
    .polarArray(slot_r, 0, 360, 4)
    .slot2D(slot_len, slot_w)
    .cutThruAll()
)
