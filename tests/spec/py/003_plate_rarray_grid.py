# 003_plate_rarray_grid: plate with a 4x3 grid of holes from rarray
# volume: L*W*T - nx*ny*pi*r^2*T = 120*80*6 - 12*pi*3**2*6
# expect: volume 55564.2
# expect: faces 18
# expect: solids 1
# expect: bbox 120 80 6
# expect: valid
import cadquery as cq

# Parameters
length = 120.0
width = 80.0
thickness = 6.0
pitch_x = 25.0
pitch_y = 20.0
count_x = 4
count_y = 3
hole_d = 6.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, thickness)
    .faces(">Z")
    .workplane()
    .rarray(pitch_x, pitch_y, count_x, count_y)
    .hole(hole_d)
)
