# 032_rounded_housing_shell: housing with rounded vertical corners, shelled from the top
# volume: outer rounded rect*H - inner rounded rect (L-2t, W-2t, r-t)*(H-t) = (100*70 - (4 - pi)*10**2)*40 - (95*65 - (4 - pi)*7.5**2)*37.5
# expect: volume 46814.6
# expect: faces 19
# expect: solids 1
# expect: bbox 100 70 40
# expect: valid
import cadquery as cq

# Parameters
length = 100.0
width = 70.0
height = 40.0
corner_r = 10.0
wall = 2.5

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, height)
    .edges("|Z")
    .fillet(corner_r)
    .faces(">Z")
    .shell(-wall)
)
