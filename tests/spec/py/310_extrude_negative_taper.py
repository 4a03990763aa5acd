# 310_extrude_negative_taper: cylinder extruded with a -5 degree taper (flares outward)
# volume: cone frustum, top radius r + h*tan(5deg) = pi*20/3*(10**2 + 10*(10 + 20*tan(radians(5))) + (10 + 20*tan(radians(5)))**2)
# expect: volume 7446.72
# expect: faces 3
# expect: solids 1
# expect: bbox 23.4995 23.4995 20
import cadquery as cq
import math

# Parameters
r = 10.0
height = 20.0
taper = -5.0

# Construction
result = cq.Workplane("XY").circle(r).extrude(height, taper=taper)
