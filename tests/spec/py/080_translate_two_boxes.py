# 080_translate_two_boxes: two cubes, one translated; union keeps two disjoint solids
# volume: 2*10**3
# expect: volume 2000
# expect: faces 12
# expect: solids 2
# expect: bbox 30 10 10
import cadquery as cq

# Parameters
side = 10.0
gap = 10.0

# Construction
a = cq.Workplane("XY").box(side, side, side)
b = cq.Workplane("XY").box(side, side, side).translate((side + gap, 0, 0))
result = a.union(b)
