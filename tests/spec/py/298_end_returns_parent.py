# 298_end_returns_parent: end() walks back up the chain to drill the plate after selecting edges
# volume: 30*30*6 - 4*(1 - pi/4)*3**2*6 - pi*5**2*6
# expect: volume 4882.41
# expect: faces 11
# expect: solids 1
# expect: bbox 30 30 6
# expect: valid
import cadquery as cq

# Parameters
size = 30.0
thickness = 6.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, thickness)
    .edges("|Z")
    .fillet(3)
    .faces(">Z")
    .edges()
    .end()
    .workplane()
    .hole(10)
)
