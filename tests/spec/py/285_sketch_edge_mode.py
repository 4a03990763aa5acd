# 285_sketch_edge_mode: Sketch built from segments and an arc, assembled into a face
# volume: (rect + half disc of radius w/2)*t = (40*20 + pi*20**2/2)*5
# expect: volume 7141.59
# expect: faces 6
# expect: solids 1
# expect: bbox 40 40 5
import cadquery as cq

# Parameters
w = 40.0
h = 20.0
thickness = 5.0

# Construction
s = (
    cq.Sketch()
    .segment((0, 0), (w, 0))
    .segment((w, h))
    .arc((w / 2, h + w / 2), (0, h))
    .close()
    .assemble()
)
result = cq.Workplane("XY").placeSketch(s).extrude(thickness)
