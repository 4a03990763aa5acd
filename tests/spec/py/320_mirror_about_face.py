# 320_mirror_about_face: block mirrored about its own +X face (union doubles it along X)
# volume: 2*10*20*5
# expect: volume 2000
# expect: faces 6
# expect: solids 1
# expect: bbox 20 20 5
import cadquery as cq

# Parameters
w, d, h = 10.0, 20.0, 5.0

# Construction
block = cq.Workplane("XY").box(w, d, h, centered=False)
result = block.mirror(block.faces(">X"), union=True)
