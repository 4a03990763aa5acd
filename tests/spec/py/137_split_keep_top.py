# 137_split_keep_top: cube split on its mid plane, keeping the top half
# volume: 20*20*10
# expect: volume 4000
# expect: faces 6
# expect: solids 1
# expect: bbox 20 20 10
import cadquery as cq

# Parameters
side = 20.0

# Construction
result = cq.Workplane("XY").box(side, side, side).split(keepTop=True)
