# 317_box_selector_single_edge: BoxSelector picks the one vertical edge at (+X,+Y)
# volume: 20**3 - (1 - pi/4)*3**2*20
# expect: volume 7961.37
# expect: faces 7
# expect: solids 1
# expect: bbox 20 20 20
# expect: valid
import cadquery as cq

# Parameters
side = 20.0
r = 3.0

# Construction
body = cq.Workplane("XY").box(side, side, side)
result = body.edges(cq.selectors.BoxSelector((5, 5, -15), (15, 15, 15))).fillet(r)
