# 303_mirror_xy_union: block mirrored across XY (basePoint at z=0) into a symmetric pair, touching
# the mirrored copy shares the z=0 face, so the union is one 20x10x10 box after clean
# volume: 2*20*10*5
# expect: volume 2000
# expect: faces 6
# expect: solids 1
# expect: bbox 20 10 10
import cadquery as cq

# Parameters
w, d, h = 20.0, 10.0, 5.0

# Construction
upper = cq.Workplane("XY").box(w, d, h, centered=(True, True, False))
result = upper.mirror("XY", union=True)
