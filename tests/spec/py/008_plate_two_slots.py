# 008_plate_two_slots: plate with two slot2D cut-outs
# volume: plate - 2*T*((len-w)*w + pi*(w/2)^2) = 100*60*8 - 2*8*((40 - 10)*10 + pi*5**2)
# expect: volume 41943.4
# expect: faces 14
# expect: solids 1
# expect: bbox 100 60 8
# expect: valid
import cadquery as cq

# Parameters
length = 100.0
width = 60.0
thickness = 8.0
slot_len = 40.0   # end to end
slot_w = 10.0
slot_offset = 15.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, thickness)
    .faces(">Z")
    .workplane()
    .pushPoints([(0, slot_offset), (0, -slot_offset)])
    .slot2D(slot_len, slot_w)
    .cutThruAll()
)
