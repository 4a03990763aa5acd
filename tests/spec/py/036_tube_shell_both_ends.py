# 036_tube_shell_both_ends: tube: cylinder shelled with both end faces removed
# volume: pi*(20**2 - 17**2)*60
# expect: volume 20923
# expect: faces 4
# expect: solids 1
# expect: bbox 40 40 60
import cadquery as cq

# Parameters
radius = 20.0
length = 60.0
wall = 3.0

# Construction
result = cq.Workplane("XY").circle(radius).extrude(length).faces(">Z or <Z").shell(-wall)
