# 089_center_shifted_holes: plate with holes placed by center() shifts
# each faces('>Z').workplane() projects the previous origin, so the second hole is at x=-20+20=0
# volume: 80*40*6 - 2*pi*4**2*6
# expect: volume 18596.8
# expect: faces 8
# expect: solids 1
# expect: bbox 80 40 6
# expect: valid
import cadquery as cq

# Parameters
length = 80.0
width = 40.0
thickness = 6.0
hole_d = 8.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, thickness)
    .faces(">Z")
    .workplane()
    .center(-20, 0)
    .hole(hole_d)
    .faces(">Z")
    .workplane()
    .center(20, 0)
    .hole(hole_d)
)
