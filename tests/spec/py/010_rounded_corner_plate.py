# 010_rounded_corner_plate: plate with its four vertical edges filleted
# volume: L*W*T - 4*(1-pi/4)*r^2*T = 100*60*8 - 4*(1 - pi/4)*10**2*8
# expect: volume 47313.3
# expect: faces 10
# expect: solids 1
# expect: bbox 100 60 8
# expect: valid
import cadquery as cq

# Parameters
length = 100.0
width = 60.0
thickness = 8.0
corner_r = 10.0

# Construction
result = cq.Workplane("XY").box(length, width, thickness).edges("|Z").fillet(corner_r)
