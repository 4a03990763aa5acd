# 029_angle_bracket_slotted: angle bracket with a slot in each leg
# bottom face centre is x=25; local x of a '<Z' workplane is +X, so the slot centre is x=20 (from 10 to 30)
# volume: base + wall(leg - t) - t*slot area; slot sits in the base only = 50*30*5 + 5*30*45 - 5*((20 - 6)*6 + pi*3**2)
# expect: volume 13688.6
# expect: faces 12
# expect: solids 1
# expect: bbox 50 30 50
# expect: valid
import cadquery as cq

# Parameters
leg = 50.0
t = 5.0
width = 30.0
slot_len = 20.0
slot_w = 6.0

# Construction
base = cq.Workplane("XY").box(leg, width, t, centered=(False, True, False))
wall = cq.Workplane("XY").box(t, width, leg, centered=(False, True, False))
bracket = base.union(wall)
bracket = (
    bracket.faces("<Z")
    .workplane(centerOption="CenterOfBoundBox")
    .center(-5, 0)
    .slot2D(slot_len, slot_w)
    .cutThruAll()
)
result = bracket
