# 111_box_chamfer_vertical_edges: block with its vertical edges chamfered
# volume: L*W*H - 4*(c^2/2)*H = 50*40*30 - 4*4**2/2*30
# expect: volume 59040
# expect: faces 10
# expect: solids 1
# expect: bbox 50 40 30
# expect: valid
import cadquery as cq

# Parameters
length = 50.0
width = 40.0
height = 30.0
c = 4.0

# Construction
result = cq.Workplane("XY").box(length, width, height).edges("|Z").chamfer(c)
