# 117_l_block_inner_fillet: L block with only the concave inner edge filleted (adds material)
# volume: (40*20 + 20*20)*30 + (1 - pi/4)*5**2*30
# expect: volume 36161
# expect: faces 9
# expect: solids 1
# expect: bbox 40 40 30
# expect: valid
import cadquery as cq

# Parameters
size = 40.0
step = 20.0
depth = 30.0
r = 5.0

# Construction
pts = [(0, 0), (size, 0), (size, step), (step, step), (step, size), (0, size)]
body = cq.Workplane("XY").polyline(pts).close().extrude(depth)
result = body.edges(cq.selectors.NearestToPointSelector((step, step, depth / 2))).fillet(r)
