# 314_slot_at_angle: slot2D rotated 45 degrees cut through a plate
# volume: 60*30*5 - 5*((30 - 8)*8 + pi*4**2)
# expect: volume 7868.67
# expect: faces 10
# expect: solids 1
# expect: bbox 60 30 5
# expect: valid
import cadquery as cq

# Parameters
plate = (60.0, 30.0, 5.0)
slot_len = 30.0
slot_w = 8.0
angle = 45

# Construction
result = cq.Workplane("XY").box(*plate).faces(">Z").workplane().slot2D(slot_len, slot_w, angle).cutThruAll()
