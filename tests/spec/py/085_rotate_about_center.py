# 085_rotate_about_center: bar rotated about its own centre
# volume: 30*10*10
# expect: volume 3000
# expect: faces 6
# expect: solids 1
# expect: bbox 10 30 10
import cadquery as cq

# Parameters
length = 30.0
width = 10.0
height = 10.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, height)
    .translate((50, 0, 0))
    .rotateAboutCenter((0, 0, 1), 90)
)
