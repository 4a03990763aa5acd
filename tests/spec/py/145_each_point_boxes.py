# 145_each_point_boxes: small cubes on the vertices of a construction rectangle, unioned to a plate
# volume: 50*50*4 + 4*6**3
# expect: volume 10864
# expect: faces 18
# expect: solids 1
# expect: bbox 50 50 10
# expect: valid
import cadquery as cq

# Parameters
plate = 50.0
plate_t = 4.0
foot = 6.0

# Construction
result = (
    cq.Workplane("XY")
    .box(plate, plate, plate_t)
    .faces("<Z")
    .workplane()
    .rect(plate - foot, plate - foot, forConstruction=True)
    .vertices()
    .box(foot, foot, foot, centered=(True, True, False))
)
