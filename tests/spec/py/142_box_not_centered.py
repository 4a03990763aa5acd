# 142_box_not_centered: box with centered=False: corner at the origin
# volume: 30*20*10 - pi*3**2*10
# expect: volume 5717.26
# expect: faces 7
# expect: solids 1
# expect: bbox 30 20 10
# expect: valid
import cadquery as cq

# Parameters
dims = (30.0, 20.0, 10.0)

# Construction
body = cq.Workplane("XY").box(dims[0], dims[1], dims[2], centered=False)
result = body.faces(">Z").workplane(centerOption="CenterOfBoundBox").hole(6)
