# 081_rotate_box_90: box rotated 90 degrees about Z swaps its X and Y extents
# volume: 20*10*5
# expect: volume 1000
# expect: faces 6
# expect: solids 1
# expect: bbox 10 20 5
import cadquery as cq

# Parameters
length = 20.0
width = 10.0
height = 5.0

# Construction
result = cq.Workplane("XY").box(length, width, height).rotate((0, 0, 0), (0, 0, 1), 90)
