# 033_shell_with_floor_holes: open box with four holes drilled through its floor
# volume: 90*60*30 - 84*54*27 - 4*pi*2.5**2*3
# expect: volume 39292.4
# expect: faces 15
# expect: solids 1
# expect: bbox 90 60 30
# expect: valid
import cadquery as cq

# Parameters
length = 90.0
width = 60.0
height = 30.0
wall = 3.0
hole_d = 5.0

# Construction
box = cq.Workplane("XY").box(length, width, height).faces(">Z").shell(-wall)
result = box.faces("<Z").workplane().rarray(60, 30, 2, 2).hole(hole_d)
