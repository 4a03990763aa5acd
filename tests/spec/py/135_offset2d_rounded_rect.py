# 135_offset2d_rounded_rect: rectangle grown by offset2D (arc corners) and extruded
# volume: (w*h + d*perimeter + pi*d^2)*t = (40*20 + 2*5*(40 + 20) + pi*5**2)*10
# expect: volume 14785.4
# expect: faces 10
# expect: solids 1
# expect: bbox 50 30 10
# expect: valid
import cadquery as cq

# Parameters
w = 40.0
h = 20.0
grow = 5.0
thickness = 10.0

# Construction
result = cq.Workplane("XY").rect(w, h).offset2D(grow).extrude(thickness)
