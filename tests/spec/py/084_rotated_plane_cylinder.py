# 084_rotated_plane_cylinder: cylinder extruded on a workplane rotated 90 degrees about X
# volume: pi*5**2*20
# expect: volume 1570.8
# expect: faces 3
# expect: solids 1
# expect: bbox 10 20 10
import cadquery as cq

# Parameters
radius = 5.0
length = 20.0

# Construction
result = cq.Workplane("XY").transformed(rotate=(90, 0, 0)).circle(radius).extrude(length)
