# 030_box_shell_open_top: open-top box: faces('>Z').shell(-t)
# volume: L*W*H - (L-2t)*(W-2t)*(H-t) = 80*60*40 - (80 - 2*3)*(60 - 2*3)*(40 - 3)
# expect: volume 44148
# expect: faces 11
# expect: solids 1
# expect: bbox 80 60 40
# expect: valid
import cadquery as cq

# Parameters
length = 80.0
width = 60.0
height = 40.0
wall = 3.0

# Construction
result = cq.Workplane("XY").box(length, width, height).faces(">Z").shell(-wall)
