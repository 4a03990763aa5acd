# 275_split_offset_workplane: block split by a workplane offset below its top face
# volume: 20*20*5
# expect: volume 2000
# expect: faces 6
# expect: solids 1
# expect: bbox 20 20 5
import cadquery as cq

# Parameters
size = 20.0
cut_below_top = 5.0

# Construction
result = cq.Workplane("XY").box(size, size, size).faces(">Z").workplane(-cut_below_top).split(keepTop=True)
