# 115_hole_edge_chamfer: plate with a through hole whose top edge is chamfered
# volume: plate - hole - Pappus(c^2/2 at radius r + c/3) = 50*50*10 - pi*10**2*10 - 2*pi*(10 + 1.5/3)*1.5**2/2
# expect: volume 21784.2
# expect: faces 8
# expect: solids 1
# expect: bbox 50 50 10
# expect: valid
import cadquery as cq

# Parameters
size = 50.0
thickness = 10.0
hole_d = 20.0
c = 1.5

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, thickness)
    .faces(">Z")
    .workplane()
    .hole(hole_d)
    .faces(">Z")
    .edges("%CIRCLE")
    .chamfer(c)
)
