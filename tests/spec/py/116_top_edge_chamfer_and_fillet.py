# 116_top_edge_chamfer_and_fillet: block: vertical edges filleted, then the top outline chamfered
# volume: rounded prism - c^2/2 * straight top edges - 4 arcs by Pappus (triangle c^2/2 at radius r - c/3) = (40*40 - (4 - pi)*5**2)*20 - (1**2/2*4*(40 - 2*5) + 4*(1**2/2)*(pi/2)*(5 - 1/3))
# expect: volume 31496.1
# expect: faces 18
# expect: solids 1
# expect: bbox 40 40 20
# expect: valid
import cadquery as cq

# Parameters
length = 40.0
width = 40.0
height = 20.0
r = 5.0
c = 1.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, height)
    .edges("|Z")
    .fillet(r)
    .faces(">Z")
    .chamfer(c)
)
