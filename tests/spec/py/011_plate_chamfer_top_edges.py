# 011_plate_chamfer_top_edges: block with the four top edges chamfered
# volume: L*W*H - (d^2*(L+W) - 4/3*d^3)  (mitred corners: the top slab is a prismatoid) = 60*40*10 - (2**2*(60 + 40) - 4*2**3/3)
# expect: volume 23610.7
# expect: faces 10
# expect: solids 1
# expect: bbox 60 40 10
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
width = 40.0
height = 10.0
chamfer = 2.0

# Construction
result = cq.Workplane("XY").box(length, width, height).faces(">Z").edges().chamfer(chamfer)
