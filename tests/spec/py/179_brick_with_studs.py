# 179_brick_with_studs: toy brick: shelled from below, eight studs on top
# volume: 31.8*15.8*9.6 - (31.8 - 2.4)*(15.8 - 2.4)*(9.6 - 1.2) + 8*pi*2.4**2*1.8
# expect: volume 1774.74
# expect: faces 27
# expect: solids 1
# expect: bbox 31.8 15.8 11.4
# expect: valid
import cadquery as cq

# Parameters
pitch = 8.0
nx, ny = 4, 2
height = 9.6
wall = 1.2
stud_r = 2.4
stud_h = 1.8

# Construction
length = nx * pitch - 0.2
width = ny * pitch - 0.2
result = (
    cq.Workplane("XY")
    .box(length, width, height)
    .faces("<Z")
    .shell(-wall)
    .faces(">Z")
    .workplane()
    .rarray(pitch, pitch, nx, ny)
    .circle(stud_r)
    .extrude(stud_h)
)
