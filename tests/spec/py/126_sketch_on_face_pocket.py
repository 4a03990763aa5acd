# 126_sketch_on_face_pocket: circular pocket cut from a Sketch placed on the top face
# volume: 60*60*20 - pi*10**2*8
# expect: volume 69486.7
# expect: faces 8
# expect: solids 1
# expect: bbox 60 60 20
# expect: valid
import cadquery as cq

# Parameters
size = 60.0
height = 20.0
pocket_r = 10.0
pocket_depth = 8.0

# Construction
result = (
    cq.Workplane("XY")
    .box(size, size, height)
    .faces(">Z")
    .workplane()
    .placeSketch(cq.Sketch().circle(pocket_r))
    .cutBlind(-pocket_depth)
)
