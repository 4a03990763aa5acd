# 114_plate_fillet_top_edges: plate whose four top edges are filleted (corners meet as a mitre)
# volume: block - ((1-pi/4)*r^2*perimeter - 4 corner overlaps r^3*(5/3 - pi/2)) = 60*40*10 - ((1 - pi/4)*2**2*2*(60 + 40) - 4*2**3*(5/3 - pi/2))
# expect: volume 23831.4 ±1%
# expect: faces 10
# expect: solids 1
# expect: bbox 60 40 10
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
width = 40.0
thickness = 10.0
r = 2.0

# Construction
result = cq.Workplane("XY").box(length, width, thickness).faces(">Z").edges().fillet(r)
