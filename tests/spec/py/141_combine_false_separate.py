# 141_combine_false_separate: boxes on rarray points kept separate with combine=False
# volume: 4*8**3
# expect: volume 2048
# expect: faces 24
# expect: solids 4
# expect: bbox 28 28 8
import cadquery as cq

# Parameters
size = 8.0
pitch = 20.0

# Construction
result = cq.Workplane("XY").rarray(pitch, pitch, 2, 2).box(size, size, size, combine=False)
