# 090_workplane_offset_stack: three plates separated by workplane(offset=...) gaps (three solids)
# volume: 3*30*30*2
# expect: volume 5400
# expect: faces 18
# expect: solids 3
# expect: bbox 30 30 16
import cadquery as cq

# Parameters
size = 30.0
t = 2.0
gap = 5.0

# Construction
wp = cq.Workplane("XY")
plates = []
for i in range(3):
    plates.append(wp.workplane(offset=i * (t + gap)).rect(size, size).extrude(t))
result = plates[0].union(plates[1]).union(plates[2])
