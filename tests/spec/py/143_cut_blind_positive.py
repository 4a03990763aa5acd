# 143_cut_blind_positive: pocket cut upward from the bottom face with cutBlind
# volume: 40*40*20 - 20*20*5
# expect: volume 30000
# expect: faces 11
# expect: solids 1
# expect: bbox 40 40 20
# expect: valid
import cadquery as cq

# Parameters
size = 40.0
height = 20.0
pocket = 20.0
depth = 5.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, height)
    .faces("<Z")
    .workplane()
    .rect(pocket, pocket)
    .cutBlind(-depth)
)
