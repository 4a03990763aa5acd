# 133_extrude_both: rectangle extruded symmetrically with both=True
# volume: 10*20*2*5
# expect: volume 2000
# expect: faces 6
# expect: solids 1
# expect: bbox 10 20 10
import cadquery as cq

# Parameters
w = 10.0
h = 20.0
half_depth = 5.0

# Construction
result = cq.Workplane("XY").rect(w, h).extrude(half_depth, both=True)
