# 131_twist_extrude: square twisted while extruded (section area is preserved)
# volume: 20*20*30
# expect: volume 12000
# expect: faces 6
# expect: solids 1
import cadquery as cq

# Parameters
side = 20.0
height = 30.0
twist = 45.0

# Construction
result = cq.Workplane("XY").rect(side, side).twistExtrude(height, twist)
