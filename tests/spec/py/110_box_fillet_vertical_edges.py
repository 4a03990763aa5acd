# 110_box_fillet_vertical_edges: block with its vertical edges filleted
# volume: 50*40*30 - 4*(1 - pi/4)*5**2*30
# expect: volume 59356.2
# expect: faces 10
# expect: solids 1
# expect: bbox 50 40 30
# expect: valid
import cadquery as cq

# Parameters
length = 50.0
width = 40.0
height = 30.0
r = 5.0

# Construction
result = cq.Workplane("XY").box(length, width, height).edges("|Z").fillet(r)
