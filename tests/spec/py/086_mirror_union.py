# 086_mirror_union: block mirrored across YZ with union=True (two disjoint solids)
# volume: 2*20*10*10
# expect: volume 4000
# expect: faces 12
# expect: solids 2
# expect: bbox 50 10 10
import cadquery as cq

# Parameters
w, d, h = 20.0, 10.0, 10.0
offset = 5.0

# Construction
half = cq.Workplane("XY").box(w, d, h, centered=False).translate((offset, 0, 0))
result = half.mirror("YZ", union=True)
