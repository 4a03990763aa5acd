# 270_offset2d_inward_pocket: pocket following the top outline: wires().toPending().offset2D(-t)
# an inward offset of a rectangle keeps sharp corners: pocket (L-2t) x (W-2t)
# volume: 40*30*10 - (40 - 2*2)*(30 - 2*2)*3
# expect: volume 9192
# expect: faces 11
# expect: solids 1
# expect: bbox 40 30 10
# expect: valid
import cadquery as cq

# Parameters
length = 40.0
width = 30.0
height = 10.0
rim = 2.0
depth = 3.0

# Construction
result = (
    cq.Workplane("XY")
    .box(length, width, height)
    .faces(">Z")
    .wires()
    .toPending()
    .offset2D(-rim)
    .cutBlind(-depth)
)
