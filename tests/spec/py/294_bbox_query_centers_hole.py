# 294_bbox_query_centers_hole: hole placed from the part's BoundingBox() values
# volume: 40*20*10 - pi*3**2*10
# expect: volume 7717.26
# expect: faces 7
# expect: solids 1
# expect: bbox 40 20 10
# expect: valid
import cadquery as cq

# Parameters
w, d, h = 40.0, 20.0, 10.0

# Construction
part = cq.Workplane("XY").box(w, d, h, centered=False)
bb = part.val().BoundingBox()
cx = (bb.xmin + bb.xmax) / 2 + bb.xlen / 4     # 30
result = (
    part.faces(">Z")
    .workplane(centerOption="CenterOfBoundBox")
    .pushPoints([(cx - bb.xlen / 2, 0)])
    .hole(6)
)
