# 132_taper_extrude: square extruded with a 10 degree draft (pyramid frustum)
# volume: h/3*(A1 + A2 + sqrt(A1*A2)), top side = a - 2*h*tan(draft) = 20/3*(40**2 + (40 - 2*20*tan(radians(10)))**2 + 40*(40 - 2*20*tan(radians(10))))
# expect: volume 26689.2
# expect: faces 6
# expect: solids 1
# expect: bbox 40 40 20
import cadquery as cq
import math

# Parameters
side = 40.0
height = 20.0
draft = 10.0

# Construction
result = cq.Workplane("XY").rect(side, side).extrude(height, taper=draft)
