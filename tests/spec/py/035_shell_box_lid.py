# 035_shell_box_lid: lid: shallow box shelled from the bottom face
# volume: 60*40*8 - 56*36*6
# expect: volume 7104
# expect: faces 11
# expect: solids 1
# expect: bbox 60 40 8
# expect: valid
import cadquery as cq

# Parameters
length = 60.0
width = 40.0
height = 8.0
wall = 2.0

# Construction
result = cq.Workplane("XY").box(length, width, height).faces("<Z").shell(-wall)
