# 296_workplane_invert: extrusion from an inverted top-face workplane goes down into the block (cut)
# invert=True flips the normal to -Z, so a positive cutBlind goes into the part
# volume: 30*30*20 - 10*10*6
# expect: volume 17400
# expect: faces 11
# expect: solids 1
# expect: bbox 30 30 20
# expect: valid
import cadquery as cq

# Parameters
size = 30.0
height = 20.0
pocket = 10.0
depth = 6.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, height)
    .faces(">Z")
    .workplane(invert=True)
    .rect(pocket, pocket)
    .cutBlind(depth)
)
