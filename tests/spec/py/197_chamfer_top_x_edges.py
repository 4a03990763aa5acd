# 197_chamfer_top_x_edges: chamfer only the two top edges parallel to X ('>Z and |X')
# volume: 40*30*20 - 2*2**2/2*40
# expect: volume 23840
# expect: faces 8
# expect: solids 1
# expect: bbox 40 30 20
# expect: valid
import cadquery as cq

# Parameters
length = 40.0
width = 30.0
height = 20.0
c = 2.0

# Construction
result = cq.Workplane("XY").box(length, width, height).edges(">Z and |X").chamfer(c)
