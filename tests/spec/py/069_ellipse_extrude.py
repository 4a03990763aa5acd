# 069_ellipse_extrude: elliptical plate
# volume: pi*30*15*10
# expect: volume 14137.2
# expect: faces 3
# expect: solids 1
# expect: bbox 60 30 10
import cadquery as cq

# Parameters
a = 30.0
b = 15.0
thickness = 10.0

# Construction
result = cq.Workplane("XY").ellipse(a, b).extrude(thickness)
