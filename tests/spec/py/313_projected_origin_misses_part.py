# 313_projected_origin_misses_part: ProjectedOrigin trap: a translated block's top-face hole lands at x=0, outside the part
# workplane() projects the previous origin (0,0,0) onto the face, so the hole is drilled at
# x=0, y=0 and misses the block (x 40..60): nothing is removed (CadQuery 2.x semantics)
# volume: 20*20*10
# expect: volume 4000
# expect: faces 6
# expect: solids 1
# expect: bbox 20 20 10
import cadquery as cq

# Parameters
size = 20.0
height = 10.0
shift = 50.0

# Construction
block = cq.Workplane("XY").box(size, size, height).translate((shift, 0, 0))
result = block.faces(">Z").workplane().hole(5)
